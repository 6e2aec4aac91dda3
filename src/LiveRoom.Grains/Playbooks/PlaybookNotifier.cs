using System.Text.Json;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Shared;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// Sends a notify step as a signed webhook: JSON body, <c>X-LiveRoom-Timestamp</c>,
/// <c>X-LiveRoom-Signature</c> (HMAC-SHA256 over "{timestamp}." + body, the scheme of
/// <see cref="WebhookSignature"/>) and <c>Idempotency-Key</c>, so the receiver can verify it and
/// drop the copy a retry sends. A non-2xx answer or a timeout fails the step; the handler chooses.
/// </summary>
public sealed class PlaybookNotifier(IOptionsMonitor<NotifyOptions> options, TimeProvider clock) : IDisposable
{
    public const string IdempotencyHeader = "Idempotency-Key";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Null when sent, else why not.</summary>
    public async Task<ServerText?> Send(string target, NotifyMessage message, string idempotencyKey)
    {
        if (!options.CurrentValue.Targets.TryGetValue(target, out var t) || string.IsNullOrWhiteSpace(t.Url))
            return StepErrors.NotifyTargetNotConfigured(target, $"{NotifyOptions.Section}:Targets:{target}:Url");
        var body = JsonSerializer.SerializeToUtf8Bytes(message, JsonOptions);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, t.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.TimestampHeader, now.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(t.Secret, now, body));
        request.Headers.Add(IdempotencyHeader, idempotencyKey);
        try
        {
            using var response = await _http.SendAsync(request);
            return response.IsSuccessStatusCode ? null : StepErrors.NotifyTargetAnswered(target, (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return StepErrors.NotifyTargetUnreachable(target, ex.Message);
        }
    }

    public void Dispose() => _http.Dispose();

    // Chinese text as UTF-8, not \u escapes: receivers (and people reading their logs) get it as written.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
