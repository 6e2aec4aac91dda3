using System.Text;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The outer body of an encrypted WeCom callback, <c>&lt;xml&gt;&lt;ToUserName/&gt;&lt;Encrypt/&gt;&lt;AgentID/&gt;&lt;/xml&gt;</c>
/// (developer.work.weixin.qq.com/document/path/90930, 接收消息与事件). Only <see cref="Encrypt"/> matters:
/// the signature covers it and the corp id is checked inside it after decryption.
/// </summary>
public sealed record WeComEnvelope(string Encrypt, string? ToUserName, string? AgentId)
{
    /// <summary>The envelope, or null with the reason.</summary>
    public static WeComEnvelope? Parse(byte[] body, out string? error)
    {
        string text;
        try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body); }
        catch (DecoderFallbackException)
        {
            error = "the body is not UTF-8";
            return null;
        }
        if (WeComXml.Root(text, out error) is not { } root) return null;
        if (WeComXml.Text(root, "Encrypt", WeComXml.MaxCharacters) is not { Length: > 0 } encrypt)
        {
            error = "missing <Encrypt>";
            return null;
        }
        return new WeComEnvelope(encrypt, WeComXml.Text(root, "ToUserName"), WeComXml.Text(root, "AgentID"));
    }
}
