using System.Buffers;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace LiveRoom.LoadTests.Load;

/// <summary>
/// One endpoint under load: sends a UTF-8 body and classifies the answer. A 2xx answer that lists
/// rejected events counts its events as rejected, so a run that "succeeds" by refusing everything shows.
/// </summary>
public sealed class PostTarget(HttpClient http, Uri url, string? ingestKey)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly byte[] NoneRejected = "\"rejected\":[]"u8.ToArray();

    public async Task<(bool Ok, bool AnyRejected)> SendAsync(byte[] body, int length)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Content = new ByteArrayContent(body, 0, length);
        request.Content.Headers.ContentType = Json;
        if (ingestKey is not null) request.Headers.TryAddWithoutValidation("X-LiveRoom-Key", ingestKey);
        try
        {
            using var response = await http.SendAsync(request);
            var answer = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode) return (false, true);
            return (true, answer.AsSpan().IndexOf(NoneRejected) < 0);
        }
        catch (HttpRequestException)
        {
            return (false, true);
        }
        catch (TaskCanceledException)
        {
            return (false, true);
        }
    }

    /// <summary>A rented buffer big enough for <paramref name="events"/> events.</summary>
    public static byte[] Rent(int events) => ArrayPool<byte>.Shared.Rent(events * EventWriter.MaxEventBytes + 2);

    public static void Return(byte[] buffer) => ArrayPool<byte>.Shared.Return(buffer);

    public static long Now => Stopwatch.GetTimestamp();
}
