using LiveRoom.Domain.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Ingestion;

/// <summary>
/// The group bot's signature check and its refusal, shared by <c>/bot/events</c> and
/// <c>/bot/members</c> so both refuse the same requests (a revoked server key included) the same way.
/// </summary>
public static class BotSignature
{
    public static bool Verifies(IngestKeys keys, IHeaderDictionary headers, ReadOnlySpan<byte> body, DateTimeOffset now) =>
        keys.VerifiesBotSignature(headers[WebhookSignature.TimestampHeader].FirstOrDefault(),
            headers[WebhookSignature.SignatureHeader].FirstOrDefault(), body, now);

    /// <summary>One answer for a wrong, stale, missing or revoked-key signature: nothing to probe.</summary>
    public static ProblemHttpResult Refused() => TypedResults.Problem(statusCode: 401, title: "Invalid signature",
        detail: $"Sign \"{{unix seconds}}.{{body}}\" with HMAC-SHA256 and the launch's current server key (a revoked key signs nothing until the keys are rotated); send {WebhookSignature.TimestampHeader} (within 5 minutes of the server's clock) and {WebhookSignature.SignatureHeader}: sha256=<hex>.");
}
