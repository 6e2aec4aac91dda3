using System.Security.Cryptography;
using System.Text;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// A member link's token: 128 random bits, base64url (22 characters). Only its SHA-256 is stored, so
/// reading the storage does not give anyone a working link; a fast hash is enough for a random
/// 128-bit secret (nothing to brute-force, unlike a password).
/// </summary>
public static class MemberTokens
{
    public const int Length = 22;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Shape check before any lookup: anything else is unknown without touching a grain.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
