using System.Globalization;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// Opens one WeCom callback for a source (WeCom's 加解密方案, developer.work.weixin.qq.com/document/path/90968):
/// the signature over token, timestamp, nonce and the encrypted text; the timestamp within
/// <see cref="TimestampWindow"/> of now; decryption with the corp id as receive id; the event read
/// with <see cref="WeComEvent.Parse"/>. Pure: either an event to route, or the final decision
/// (refused with its reason, a signature failure, or ignored) that applies nothing.
/// </summary>
public static class WeComInbox
{
    /// <summary>
    /// A signed callback older or newer than this is refused: a captured callback cannot be replayed
    /// a day later. WeCom retries within seconds, so ten minutes leaves room for clock drift only.
    /// </summary>
    public static readonly TimeSpan TimestampWindow = TimeSpan.FromMinutes(10);

    public sealed record Opened(WeComEvent? Event, SourceDecision? Decision);

    public static Opened Open(SourceDefinition source, string? signature, string? timestamp, string? nonce, byte[] body, DateTimeOffset now)
    {
        var envelope = WeComEnvelope.Parse(body, out _);
        if (envelope is null) return Refused("malformed");
        if (Check(source, signature, timestamp, nonce, envelope.Encrypt, now) is { } refusal) return new Opened(null, refusal);

        string xml;
        try { xml = Crypto(source).Decrypt(envelope.Encrypt); }
        catch (WeChatCryptoException ex) { return Refused(ex.Reason == "receive-id" ? "corp-id" : "decrypt"); }

        var e = WeComEvent.Parse(xml, out _);
        if (e is null) return Refused("malformed-event");
        if (!e.IsChatChange)
            return new Opened(null, new SourceDecision(SourceVerdict.Ignored, e.Event ?? e.MsgType));
        return new Opened(e, null);
    }

    /// <summary>The URL check WeCom makes when the callback URL is saved: the decrypted echostr, or the refusal.</summary>
    public static (string? Echo, SourceDecision? Refusal) VerifyUrl(SourceDefinition source, string? signature, string? timestamp, string? nonce, string? echostr, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(echostr)) return (null, new SourceDecision(SourceVerdict.Refused, "malformed"));
        if (Check(source, signature, timestamp, nonce, echostr, now) is { } refusal) return (null, refusal);
        try { return (Crypto(source).Decrypt(echostr), null); }
        catch (WeChatCryptoException ex) { return (null, new SourceDecision(SourceVerdict.Refused, ex.Reason == "receive-id" ? "corp-id" : "decrypt")); }
    }

    private static SourceDecision? Check(SourceDefinition source, string? signature, string? timestamp, string? nonce, string encrypted, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp) || nonce is null
            || !Crypto(source).Verify(signature, timestamp, nonce, encrypted))
            return new SourceDecision(SourceVerdict.SignatureFailure, "signature");
        // After the signature, so a forged callback counts as one; the timestamp is part of what is signed.
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (DateTimeOffset.FromUnixTimeSeconds(seconds) - now).Duration() > TimestampWindow)
            return new SourceDecision(SourceVerdict.Refused, "timestamp");
        return null;
    }

    private static WeChatCrypto Crypto(SourceDefinition source) => new(source.Token, source.EncodingAesKey, source.CorpId);

    private static Opened Refused(string reason) => new(null, new SourceDecision(SourceVerdict.Refused, reason));
}
