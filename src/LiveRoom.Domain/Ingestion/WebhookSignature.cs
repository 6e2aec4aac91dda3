using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LiveRoom.Domain.Ingestion;

/// <summary>
/// The group-bot webhook's signature: <c>sha256=</c> + hex HMAC-SHA256, keyed with the launch's
/// server key, over <c>"{unix seconds}." + raw body</c>. The timestamp is signed so a captured
/// request cannot be replayed after <see cref="Tolerance"/>; within it, event ids make replays
/// harmless. The same scheme LiveRoom uses for its own outbound webhooks.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-LiveRoom-Timestamp";
    public const string SignatureHeader = "X-LiveRoom-Signature";
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    public static bool Verify(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        // An empty key is no secret (a revoked key is stored as ""): anyone can compute its HMAC.
        if (string.IsNullOrEmpty(secret)) return false;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || string.IsNullOrEmpty(signature))
            return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance) return false;
        var expected = Encoding.UTF8.GetBytes(Sign(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(signature.Trim().ToLowerInvariant()));
    }
}
