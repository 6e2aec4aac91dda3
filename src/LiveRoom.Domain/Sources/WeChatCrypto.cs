using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The callback message crypto shared by WeCom (企业微信) and WeChat (公众号, 微信小店), written from
/// WeCom's "加解密方案说明" (developer.work.weixin.qq.com/document/path/90968) with .NET primitives:
/// the signature is the lowercase hex SHA-1 of token, timestamp, nonce and (for messages) the
/// encrypted text, sorted as strings and concatenated; the message is AES-256-CBC with the key
/// Base64-decoded from EncodingAESKey + "=", the IV its first 16 bytes and PKCS#7 padding to
/// 32-byte blocks (not AES's 16, hence the manual padding); the plaintext is 16 random bytes, the
/// message length (4 bytes, big-endian), the message and the receive id (the corp id or appid).
/// </summary>
public sealed class WeChatCrypto
{
    private const int PadBlock = 32;
    private const int RandomLength = 16;
    private const int Header = RandomLength + 4;

    private readonly string token;
    private readonly byte[] key;
    private readonly byte[] iv;
    private readonly byte[] receiveId;

    public WeChatCrypto(string token, string encodingAesKey, string receiveId)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(receiveId);
        key = DecodeKey(encodingAesKey)
              ?? throw new ArgumentException("EncodingAESKey must be 43 Base64 characters (a 32-byte key).", nameof(encodingAesKey));
        iv = key[..16];
        this.token = token;
        this.receiveId = Encoding.UTF8.GetBytes(receiveId);
    }

    /// <summary>Whether <paramref name="encodingAesKey"/> is what WeCom's console issues: 43 Base64 characters decoding to 32 bytes.</summary>
    public static bool IsValidEncodingAesKey(string? encodingAesKey) => DecodeKey(encodingAesKey) is not null;

    public string Sign(string timestamp, string nonce, string? encrypted = null)
    {
        string[] parts = encrypted is null ? [token, timestamp, nonce] : [token, timestamp, nonce, encrypted];
        // The documentation's "字典序" is byte order on ASCII strings: ordinal, never culture-aware.
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
    }

    public bool Verify(string signature, string timestamp, string nonce, string? encrypted = null)
    {
        // An empty token would make the signature computable by anyone.
        if (token.Length == 0 || string.IsNullOrEmpty(signature)) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(timestamp ?? "", nonce ?? "", encrypted));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(signature.Trim().ToLowerInvariant()));
    }

    public string Decrypt(string base64)
    {
        byte[] cipher;
        try { cipher = Convert.FromBase64String(base64 ?? ""); }
        catch (FormatException) { throw new WeChatCryptoException("base64"); }
        if (cipher.Length == 0 || cipher.Length % 16 != 0) throw new WeChatCryptoException("length");

        using var aes = Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(cipher, iv, PaddingMode.None);

        int pad = plain[^1];
        if (pad is < 1 or > PadBlock || pad > plain.Length) throw new WeChatCryptoException("padding");
        for (var i = plain.Length - pad; i < plain.Length; i++)
            if (plain[i] != pad) throw new WeChatCryptoException("padding");
        var content = plain.AsSpan(0, plain.Length - pad);

        if (content.Length < Header) throw new WeChatCryptoException("message-length");
        var length = BinaryPrimitives.ReadUInt32BigEndian(content.Slice(RandomLength, 4));
        if (length > (uint)(content.Length - Header)) throw new WeChatCryptoException("message-length");
        var message = content.Slice(Header, (int)length);
        // Checked after decryption, as documented: it binds the message to this corp or app, so a
        // ciphertext made for another receiver under a shared key is refused.
        if (!content[(Header + (int)length)..].SequenceEqual(receiveId)) throw new WeChatCryptoException("receive-id");

        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(message); }
        catch (DecoderFallbackException) { throw new WeChatCryptoException("message-length"); }
    }

    public string Encrypt(string message, ReadOnlySpan<byte> random16 = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!random16.IsEmpty && random16.Length != RandomLength)
            throw new ArgumentException("The random prefix is 16 bytes.", nameof(random16));

        var body = Encoding.UTF8.GetBytes(message);
        var length = Header + body.Length + receiveId.Length;
        var pad = PadBlock - length % PadBlock;
        var plain = new byte[length + pad];
        if (random16.IsEmpty) RandomNumberGenerator.Fill(plain.AsSpan(0, RandomLength));
        else random16.CopyTo(plain);
        BinaryPrimitives.WriteUInt32BigEndian(plain.AsSpan(RandomLength, 4), (uint)body.Length);
        body.CopyTo(plain, Header);
        receiveId.CopyTo(plain, Header + body.Length);
        plain.AsSpan(length).Fill((byte)pad);

        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, iv, PaddingMode.None));
    }

    private static byte[]? DecodeKey(string? encodingAesKey)
    {
        if (encodingAesKey is null || encodingAesKey.Length != 43) return null;
        var bytes = new byte[33];
        return Convert.TryFromBase64String(encodingAesKey + "=", bytes, out var written) && written == 32 ? bytes[..32] : null;
    }
}
