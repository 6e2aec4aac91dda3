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

    /// <param name="ct">Ends a request that hangs (a run's time budget); its cancellation is thrown, not counted as an error.</param>
    public async Task<(bool Ok, bool AnyRejected)> SendAsync(byte[] body, int length, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Content = new ByteArrayContent(body, 0, length);
        request.Content.Headers.ContentType = Json;
        if (ingestKey is not null) request.Headers.TryAddWithoutValidation("X-LiveRoom-Key", ingestKey);
        try
        {
            using var response = await http.SendAsync(request, ct);
            var answer = await response.Content.ReadAsByteArrayAsync(ct);
            if (!response.IsSuccessStatusCode) return (false, true);
            return (true, answer.AsSpan().IndexOf(NoneRejected) < 0);
        }
        catch (HttpRequestException)
        {
            return (false, true);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return (false, true);
        }
    }

    /// <summary>A rented buffer big enough for <paramref name="events"/> events.</summary>
    public static byte[] Rent(int events) => ArrayPool<byte>.Shared.Rent(events * EventWriter.MaxEventBytes + 2);

    public static void Return(byte[] buffer) => ArrayPool<byte>.Shared.Return(buffer);

    public static long Now => Stopwatch.GetTimestamp();
}
