using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// Opens one WeChat shop callback for a source (微信小店 消息推送): checks the timestamp window and
/// the signature, decrypts in safe mode, and reads the event. The URL check (GET) is signed over
/// Token, timestamp and nonce and answered with <c>echostr</c>. A plain-mode POST is signed the
/// same way; a safe-mode POST carries <c>Encrypt</c> and <c>msg_signature</c> over Token,
/// timestamp, nonce and the ciphertext, and decrypts to a message bound to the shop's AppID.
/// </summary>
public static class WeChatShopInbox
{
    /// <summary>WeChat retries within seconds; five minutes either way tolerates clock drift and refuses old captures replayed.</summary>
    public static readonly TimeSpan TimestampWindow = TimeSpan.FromMinutes(5);

    public const int MaxEchoLength = 128;

    /// <summary>Stands in for a key in plain mode: only the signature half of <see cref="WeChatCrypto"/> is used there, and it uses no key.</summary>
    private static readonly string NoKey = new('A', 43);

    /// <summary>The URL check: the text to answer, or null when the signature does not verify.</summary>
    public static string? Echo(SourceDefinition source, WeChatShopQuery query)
    {
        if (query.EchoStr is not { Length: > 0 and <= MaxEchoLength } echo) return null;
        return Crypto(source).Verify(query.Signature ?? "", query.Timestamp ?? "", query.Nonce ?? "") ? echo : null;
    }

    /// <summary>The event of a POST, or the decision to count when it is refused (nothing is applied then).</summary>
    public static (WeChatShopNotice? Notice, SourceDecision? Refusal) Open(SourceDefinition source, WeChatShopQuery query, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (!long.TryParse(query.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 100_000_000_000)
            return (null, new SourceDecision(SourceVerdict.Refused, "timestamp"));
        var crypto = Crypto(source);
        var safe = source.EncodingAesKey.Length > 0;

        JsonElement message;
        if (safe)
        {
            var envelope = WeChatShopDocument.Read(body, out _);
            var encrypted = envelope is { } e ? WeChatShopNotice.Text(e, "Encrypt", int.MaxValue) : null;
            if (encrypted is null) return (null, new SourceDecision(SourceVerdict.Refused, "not-encrypted"));
            if (!crypto.Verify(query.MsgSignature ?? "", query.Timestamp!, query.Nonce ?? "", encrypted))
                return (null, new SourceDecision(SourceVerdict.SignatureFailure, "signature"));
            if (Stale(seconds, now)) return (null, new SourceDecision(SourceVerdict.Refused, "timestamp"));
            string plain;
            try { plain = crypto.Decrypt(encrypted); }
            catch (WeChatCryptoException ex) { return (null, new SourceDecision(SourceVerdict.Refused, "decrypt-" + ex.Reason)); }
            if (WeChatShopDocument.Read(Encoding.UTF8.GetBytes(plain), out _) is not { } inner)
                return (null, new SourceDecision(SourceVerdict.Refused, "malformed"));
            message = inner;
        }
        else
        {
            if (!crypto.Verify(query.Signature ?? "", query.Timestamp!, query.Nonce ?? ""))
                return (null, new SourceDecision(SourceVerdict.SignatureFailure, "signature"));
            if (Stale(seconds, now)) return (null, new SourceDecision(SourceVerdict.Refused, "timestamp"));
            if (WeChatShopDocument.Read(body, out _) is not { } plainMessage)
                return (null, new SourceDecision(SourceVerdict.Refused, "malformed"));
            message = plainMessage;
        }

        var notice = WeChatShopNotice.Parse(message, out _);
        return notice is null ? (null, new SourceDecision(SourceVerdict.Refused, "malformed")) : (notice, null);
    }

    private static bool Stale(long seconds, DateTimeOffset now) =>
        Math.Abs(now.ToUnixTimeSeconds() - seconds) > (long)TimestampWindow.TotalSeconds;

    private static WeChatCrypto Crypto(SourceDefinition source) =>
        new(source.Token, source.EncodingAesKey.Length > 0 ? source.EncodingAesKey : NoKey, source.ClientId);
}
