using System.Security.Cryptography;
using System.Text;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// Youzan's push signature: lowercase hex MD5 of client_id + msg + client_secret, where msg is
/// the field exactly as sent (still URL-encoded). MD5 is Youzan's choice, not ours; it is all the
/// platform offers for this field, so the check is exact and constant-time, nothing more.
/// </summary>
public static class YouzanSignature
{
    public static string Compute(string clientId, string msg, string clientSecret) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(clientId + msg + clientSecret)));

    public static bool Verify(string clientId, string msg, string clientSecret, string? sign)
    {
        // An empty secret would make the signature computable by anyone.
        if (string.IsNullOrEmpty(clientSecret) || string.IsNullOrEmpty(sign)) return false;
        var expected = Encoding.ASCII.GetBytes(Compute(clientId, msg, clientSecret));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(sign.Trim().ToLowerInvariant()));
    }
}
