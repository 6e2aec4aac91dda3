using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Domain.Tests.Sources;

public class WeChatCryptoTests
{
    // WeCom's published example ("加解密方案说明" → 举例说明, developer.work.weixin.qq.com/document/path/90968,
    // the same values as the official WXBizMsgCrypt samples).
    private const string DocToken = "QDG6eK";
    private const string DocKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private const string DocCorpId = "wx5823bf96d3bd56c7";
    private const string DocEncrypt =
        "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";

    private static readonly WeChatCrypto Doc = new(DocToken, DocKey, DocCorpId);

    [Fact]
    public void Verifies_and_decrypts_the_published_message_example()
    {
        Assert.Equal("477715d11cdb4164915debcba66cb864d751f3e6", Doc.Sign("1409659813", "1372623149", DocEncrypt));
        Assert.True(Doc.Verify("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", DocEncrypt));
        var xml = Doc.Decrypt(DocEncrypt);
        Assert.StartsWith("<xml>", xml);
        Assert.Contains("<Content><![CDATA[hello]]></Content>", xml);
        Assert.Contains("<MsgId>4561255354251345929</MsgId>", xml);
    }

    [Fact]
    public void Verifies_and_decrypts_the_published_url_check_example()
    {
        const string echo = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
        Assert.True(Doc.Verify("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780", echo));
        Assert.Equal("1616140317555161061", Doc.Decrypt(echo));
    }

    [Fact]
    public void Signs_the_sorted_values_with_sha1_lowercase_hex()
    {
        // Computed here from the documented steps: ordinal sort, concatenate, SHA-1, lowercase hex.
        var crypto = new WeChatCrypto("tok", DocKey, DocCorpId);
        string[] parts = ["tok", "1700000000", "n1", "ENC"];
        Array.Sort(parts, StringComparer.Ordinal);
        var expected = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
        Assert.Equal(expected, crypto.Sign("1700000000", "n1", "ENC"));
        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData("1700000000n1tok"u8.ToArray())), crypto.Sign("1700000000", "n1"));

        Assert.True(crypto.Verify(expected.ToUpperInvariant(), "1700000000", "n1", "ENC"));
        Assert.False(crypto.Verify(expected, "1700000001", "n1", "ENC"));
        Assert.False(crypto.Verify(expected, "1700000000", "n1", "ENC2"));
        Assert.False(crypto.Verify(expected[..^1], "1700000000", "n1", "ENC"));
        Assert.False(crypto.Verify("", "1700000000", "n1", "ENC"));
        // An empty token signs nothing: anyone could compute that hash.
        var open = new WeChatCrypto("", DocKey, DocCorpId);
        Assert.False(open.Verify(open.Sign("1", "2", "3"), "1", "2", "3"));
    }

    [Fact]
    public void Encrypts_exactly_as_the_documented_steps_with_net_primitives()
    {
        var random = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();
        const string message = "<xml><ChatId><![CDATA[wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA]]></ChatId>群名 ✓</xml>";
        var key = Convert.FromBase64String(DocKey + "=");

        // random(16) + big-endian length(4) + msg + receiveid, PKCS#7 to a multiple of 32, AES-256-CBC, IV = key[..16].
        var body = Encoding.UTF8.GetBytes(message);
        var plain = new List<byte>(random);
        var len = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, body.Length);
        plain.AddRange(len);
        plain.AddRange(body);
        plain.AddRange(Encoding.UTF8.GetBytes(DocCorpId));
        var pad = 32 - plain.Count % 32;
        plain.AddRange(Enumerable.Repeat((byte)pad, pad));
        using var aes = Aes.Create();
        aes.Key = key;
        var expected = Convert.ToBase64String(aes.EncryptCbc(plain.ToArray(), key[..16], PaddingMode.None));

        Assert.Equal(expected, Doc.Encrypt(message, random));
        Assert.Equal(message, Doc.Decrypt(expected));
        // Without a given prefix the random bytes differ, the message survives.
        var a = Doc.Encrypt(message);
        Assert.NotEqual(a, Doc.Encrypt(message));
        Assert.Equal(message, Doc.Decrypt(a));
    }

    [Fact]
    public void Pads_a_full_block_when_the_plaintext_fills_32_bytes()
    {
        // 16 + 4 + 12 + 18 (corp id) = 50 → 14 bytes of 14; 16 + 4 + 26 + 18 = 64 → a whole block of 32.
        var random = new byte[16];
        Assert.Equal(64, Convert.FromBase64String(Doc.Encrypt(new string('a', 12), random)).Length);
        var full = Doc.Encrypt(new string('a', 26), random);
        Assert.Equal(96, Convert.FromBase64String(full).Length);
        Assert.Equal(new string('a', 26), Doc.Decrypt(full));
    }

    [Fact]
    public void Refuses_tampered_ciphertext()
    {
        var bytes = Convert.FromBase64String(Doc.Encrypt("<xml>hello</xml>"));
        bytes[^1] ^= 0x5a; // the last block decrypts to noise: its padding is wrong
        var ex = Assert.Throws<WeChatCryptoException>(() => Doc.Decrypt(Convert.ToBase64String(bytes)));
        Assert.Equal("padding", ex.Reason);
    }

    [Fact]
    public void Refuses_a_message_for_another_receiver()
    {
        var other = new WeChatCrypto(DocToken, DocKey, "ww0000000000000000");
        var ex = Assert.Throws<WeChatCryptoException>(() => other.Decrypt(DocEncrypt));
        Assert.Equal("receive-id", ex.Reason);
    }

    [Fact]
    public void Refuses_bad_padding_length_and_base64()
    {
        var key = Convert.FromBase64String(DocKey + "=");
        string Raw(byte[] plain)
        {
            using var aes = Aes.Create();
            aes.Key = key;
            return Convert.ToBase64String(aes.EncryptCbc(plain, key[..16], PaddingMode.None));
        }

        // Padding byte 0 and 33 are outside PKCS#7 to 32; mixed pad bytes are not padding either.
        var zero = new byte[32];
        Assert.Equal("padding", Assert.Throws<WeChatCryptoException>(() => Doc.Decrypt(Raw(zero))).Reason);
        var big = Enumerable.Repeat((byte)33, 64).ToArray();
        Assert.Equal("padding", Assert.Throws<WeChatCryptoException>(() => Doc.Decrypt(Raw(big))).Reason);
        var mixed = Enumerable.Repeat((byte)4, 32).ToArray();
        mixed[29] = 3;
        Assert.Equal("padding", Assert.Throws<WeChatCryptoException>(() => Doc.Decrypt(Raw(mixed))).Reason);

        // A length beyond the plaintext.
        var longer = new byte[64];
        BinaryPrimitives.WriteInt32BigEndian(longer.AsSpan(16), 1000);
        longer.AsSpan(48).Fill(16);
        Assert.Equal("message-length", Assert.Throws<WeChatCryptoException>(() => Doc.Decrypt(Raw(longer))).Reason);
        // Shorter than the 20-byte header once unpadded.
        Assert.Equal("message-length", Assert.Throws<WeChatCryptoException>(() => Doc.Decrypt(Raw(Enumerable.Repeat((byte)20, 32).ToArray()))).Reason);

        Assert.Equal("base64", Assert.Throws<WeChatCryptoException>(() => Doc.Decrypt("not base64!")).Reason);
        Assert.Equal("length", Assert.Throws<WeChatCryptoException>(() => Doc.Decrypt(Convert.ToBase64String(new byte[15]))).Reason);
        Assert.Equal("length", Assert.Throws<WeChatCryptoException>(() => Doc.Decrypt("")).Reason);
    }

    [Fact]
    public void Accepts_only_43_character_keys()
    {
        Assert.True(WeChatCrypto.IsValidEncodingAesKey(DocKey));
        Assert.False(WeChatCrypto.IsValidEncodingAesKey(DocKey[..42]));
        Assert.False(WeChatCrypto.IsValidEncodingAesKey(DocKey + "A"));
        Assert.False(WeChatCrypto.IsValidEncodingAesKey(DocKey[..42] + "!"));
        Assert.False(WeChatCrypto.IsValidEncodingAesKey(null));
        Assert.Throws<ArgumentException>(() => new WeChatCrypto("t", "short", "c"));
    }
}
