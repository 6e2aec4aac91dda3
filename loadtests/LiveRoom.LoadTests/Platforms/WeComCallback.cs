using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LiveRoom.LoadTests.Platforms;

/// <summary>
/// A WeCom 客户群变更事件 callback as WeCom sends it (docs/sources.md "Connect WeCom customer
/// groups"): the <c>change_external_chat</c> event XML, AES-256-CBC encrypted with the
/// EncodingAESKey (IV = the key's first 16 bytes; plaintext = 16 random bytes, 4-byte big-endian
/// length, message, corp id; PKCS#7 to 32 bytes), in the <c>&lt;xml&gt;&lt;Encrypt&gt;</c> envelope,
/// and <c>msg_signature</c> = SHA-1 of token, timestamp, nonce and ciphertext sorted and joined.
/// Written here from those steps: the load tester does not reference the Domain project.
/// </summary>
public sealed class WeComCallback(string token, string encodingAesKey, string corpId)
{
    private readonly byte[] _key = Convert.FromBase64String(encodingAesKey + "=");

    /// <summary>The chat WeCom would hold for a launch group; the group's <c>links.wecom</c>.</summary>
    public static string ChatId(string groupId) => "wr-" + groupId;

    /// <summary>A fresh 43-character EncodingAESKey (32 random bytes, Base64 without its padding).</summary>
    public static string NewEncodingAesKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=');

    /// <summary>The event XML of one member joining (<c>add_member</c>) or leaving (<c>del_member</c>) a chat.</summary>
    public string EventXml(string chatId, string memberId, bool join, long createTime) =>
        $"<xml><ToUserName><![CDATA[{corpId}]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>"
        + $"<CreateTime>{createTime.ToString(CultureInfo.InvariantCulture)}</CreateTime><MsgType><![CDATA[event]]></MsgType>"
        + "<Event><![CDATA[change_external_chat]]></Event>"
        + $"<ChatId><![CDATA[{chatId}]]></ChatId><ChangeType><![CDATA[update]]></ChangeType>"
        + $"<UpdateDetail><![CDATA[{(join ? "add_member" : "del_member")}]]></UpdateDetail>"
        + (join ? "<JoinScene>1</JoinScene>" : "<QuitScene>0</QuitScene>")
        + $"<MemChangeCnt>1</MemChangeCnt><MemChangeList><Item><![CDATA[{memberId}]]></Item></MemChangeList></xml>";

    /// <summary>The POST's query (<c>msg_signature</c>, <c>timestamp</c>, <c>nonce</c>) and body for <paramref name="message"/>.</summary>
    public (string Query, byte[] Body) Envelope(string message, DateTimeOffset now)
    {
        var encrypted = Encrypt(message);
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        var body = $"<xml><ToUserName><![CDATA[{corpId}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>";
        var query = $"msg_signature={Sign(timestamp, nonce, encrypted)}&timestamp={timestamp}&nonce={nonce}";
        return (query, Encoding.UTF8.GetBytes(body));
    }

    public string Sign(string timestamp, string nonce, string encrypted)
    {
        var parts = new[] { token, timestamp, nonce, encrypted };
        Array.Sort(parts, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
    }

    public string Encrypt(string message)
    {
        var msg = Encoding.UTF8.GetBytes(message);
        var receiver = Encoding.UTF8.GetBytes(corpId);
        var length = 16 + 4 + msg.Length + receiver.Length;
        var pad = 32 - length % 32;
        var plain = new byte[length + pad];
        RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), msg.Length);
        msg.CopyTo(plain, 20);
        receiver.CopyTo(plain, 20 + msg.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        // WeCom pads to 32 bytes by hand (PKCS#7 with a 32-byte block), so the cipher adds none.
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }
}
