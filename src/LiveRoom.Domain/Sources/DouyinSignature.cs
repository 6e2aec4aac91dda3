using System.Security.Cryptography;
using System.Text;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// 抖店's message-push signature (the <c>event-sign</c> header): lowercase hex MD5 of
/// app_key + the raw body + app_secret, as the official SDK checks it (docs/sources.md). When the
/// <c>sign-method</c> header says <c>hmac-sha256</c>, the same bytes are signed with HMAC-SHA256
/// keyed by app_secret instead. The body is signed as sent, byte for byte, so it is never
/// re-encoded before the check.
/// </summary>
public static class DouyinSignature
{
    public const string Md5 = "md5";
    public const string HmacSha256 = "hmac-sha256";

    /// <summary>The methods this check knows; null or empty means <see cref="Md5"/>, the platform's default.</summary>
    public static bool IsKnownMethod(string? method) => Normalize(method) is Md5 or HmacSha256;

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
        var expected = Encoding.ASCII.GetBytes(Compute(appKey, body, appSecret, method));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(sign.Trim().ToLowerInvariant()));
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
