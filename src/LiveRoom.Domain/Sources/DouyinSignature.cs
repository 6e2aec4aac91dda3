using System.Security.Cryptography;
using System.Text;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// 抖店's message-push signature (the <c>event-sign</c> header): lowercase hex MD5 of
/// app_key + the raw body + app_secret, as the official SDK checks it; or HMAC-SHA256 keyed by
/// app_secret over the same bytes, lowercase hex (docs/sources.md). The <c>sign-method</c> header
/// names the method (<c>MD5</c> or <c>hmac-sha256</c>); without it the sources disagree on the
/// default (the official SDK always uses MD5, a public SDK citing the platform's guide uses
/// HMAC-SHA256), so both are accepted, each needing the secret. The body is signed as sent, byte
/// for byte, so it is never re-encoded before the check.
/// </summary>
public static class DouyinSignature
{
    public const string Md5 = "md5";
    public const string HmacSha256 = "hmac-sha256";

    /// <summary>The methods this check knows; null or empty means either.</summary>
    public static bool IsKnownMethod(string? method) => string.IsNullOrWhiteSpace(method) || Normalize(method) is Md5 or HmacSha256;

    public static string Compute(string appKey, ReadOnlySpan<byte> body, string appSecret, string? method = null)
    {
        var signed = Signed(appKey, body, appSecret);
        return Normalize(method) == HmacSha256
            ? Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), signed))
            : Convert.ToHexStringLower(MD5.HashData(signed));
    }

    public static bool Verify(string appKey, ReadOnlySpan<byte> body, string appSecret, string? sign, string? method)
    {
        // An empty secret would make the signature computable by anyone; an unknown method is not guessed at.
        if (string.IsNullOrEmpty(appSecret) || string.IsNullOrWhiteSpace(sign) || !IsKnownMethod(method)) return false;
        var given = Encoding.UTF8.GetBytes(sign.Trim().ToLowerInvariant());
        if (!string.IsNullOrWhiteSpace(method))
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(appKey, body, appSecret, method)), given);
        // No method named: both are computed and compared, so the time taken does not say which one nearly matched.
        var md5 = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(appKey, body, appSecret, Md5)), given);
        var hmac = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(appKey, body, appSecret, HmacSha256)), given);
        return md5 | hmac;
    }

    private static string Normalize(string? method) =>
        string.IsNullOrWhiteSpace(method) ? Md5 : method.Trim().ToLowerInvariant();

    private static byte[] Signed(string appKey, ReadOnlySpan<byte> body, string appSecret)
    {
        var key = Encoding.UTF8.GetBytes(appKey);
        var secret = Encoding.UTF8.GetBytes(appSecret);
        var all = new byte[key.Length + body.Length + secret.Length];
        key.CopyTo(all, 0);
        body.CopyTo(all.AsSpan(key.Length));
        secret.CopyTo(all, key.Length + body.Length);
        return all;
    }
}
