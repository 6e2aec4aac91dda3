using System.Security.Cryptography;
using System.Text;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Domain.Tests.Sources;

public class WeChatShopInboxTests
{
    private const string Token = "wxs-token-1";
    private const string AppId = "wx0123456789abcdef";
    private const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_780_000_000);
    private static readonly string Ts = Now.ToUnixTimeSeconds().ToString();

    private static readonly SourceDefinition Plain = new()
    {
        Id = "src-w", Kind = SourceKind.WechatShop, Name = "微信小店", ClientId = AppId, ClientSecret = "secret", Token = Token,
    };
    private static readonly SourceDefinition Safe = Plain with { EncodingAesKey = AesKey };

    /// <summary>The documented algorithm, computed here independently: SHA-1 of the values sorted as strings and joined.</summary>
    private static string Sha1Sorted(params string[] values) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(values.Order(StringComparer.Ordinal)))));

    public const string PayEvent = """{"ToUserName":"gh_shop","FromUserName":"OPENID","CreateTime":1780000000,"MsgType":"event","Event":"channels_ec_order_pay","order_info":{"order_id":3705115058471208928,"pay_time":1780000000}}""";

    [Fact]
    public void The_url_check_echoes_with_the_published_example()
    {
        // developers.weixin.qq.com/doc/store/API/basics/message_push.html: Token AAAAA, this query, this signature.
        var source = Plain with { Token = "AAAAA" };
        var query = new WeChatShopQuery { Signature = "f464b24fc39322e44b38aa78f5edd27bd1441696", EchoStr = "4375120948345356249", Timestamp = "1714036504", Nonce = "1514711492" };
        Assert.Equal("4375120948345356249", WeChatShopInbox.Echo(source, query));
        Assert.Null(WeChatShopInbox.Echo(source, query with { Nonce = "1514711493" }));
        Assert.Null(WeChatShopInbox.Echo(Plain, query));
    }

    [Fact]
    public void A_plain_event_signed_with_the_token_is_read()
    {
        var query = new WeChatShopQuery { Signature = Sha1Sorted(Token, Ts, "n1"), Timestamp = Ts, Nonce = "n1" };
        var (notice, refusal) = WeChatShopInbox.Open(Plain, query, Encoding.UTF8.GetBytes(PayEvent), Now);
        Assert.Null(refusal);
        Assert.Equal(("channels_ec_order_pay", "3705115058471208928", 1780000000L), (notice!.Event, notice.OrderId, notice.CreateTime));
    }

    [Fact]
    public void A_plain_event_as_xml_is_read()
    {
        const string xml = "<xml><ToUserName><![CDATA[gh_shop]]></ToUserName><CreateTime>1780000000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[channels_ec_order_cancel]]></Event><order_info><order_id>42</order_id><cancel_type>1</cancel_type></order_info></xml>";
        var query = new WeChatShopQuery { Signature = Sha1Sorted(Token, Ts, "n1"), Timestamp = Ts, Nonce = "n1" };
        var (notice, refusal) = WeChatShopInbox.Open(Plain, query, Encoding.UTF8.GetBytes(xml), Now);
        Assert.Null(refusal);
        Assert.Equal(("channels_ec_order_cancel", "42"), (notice!.Event, notice.OrderId));
    }

    [Fact]
    public void A_safe_mode_event_is_verified_over_the_ciphertext_and_decrypted()
    {
        var encrypted = new WeChatCrypto(Token, AesKey, AppId).Encrypt(PayEvent);
        var body = Encoding.UTF8.GetBytes($$"""{"ToUserName":"gh_shop","Encrypt":"{{encrypted}}"}""");
        var query = new WeChatShopQuery { MsgSignature = Sha1Sorted(Token, Ts, "n2", encrypted), Signature = Sha1Sorted(Token, Ts, "n2"), Timestamp = Ts, Nonce = "n2" };
        var (notice, refusal) = WeChatShopInbox.Open(Safe, query, body, Now);
        Assert.Null(refusal);
        Assert.Equal("3705115058471208928", notice!.OrderId);

        // Signed without the ciphertext (the plain way) is not enough in safe mode.
        Assert.Equal(SourceVerdict.SignatureFailure, WeChatShopInbox.Open(Safe, query with { MsgSignature = query.Signature }, body, Now).Refusal!.Verdict);
        // Encrypted for another app: refused after decryption, by the receive id.
        var other = new WeChatCrypto(Token, AesKey, "wxanotherapp").Encrypt(PayEvent);
        var otherBody = Encoding.UTF8.GetBytes($$"""{"Encrypt":"{{other}}"}""");
        var refused = WeChatShopInbox.Open(Safe, query with { MsgSignature = Sha1Sorted(Token, Ts, "n2", other) }, otherBody, Now).Refusal!;
        Assert.Equal((SourceVerdict.Refused, "decrypt-receive-id"), (refused.Verdict, refused.Reason));
        // A plain body where safe mode is configured.
        Assert.Equal("not-encrypted", WeChatShopInbox.Open(Safe, query, Encoding.UTF8.GetBytes(PayEvent), Now).Refusal!.Reason);
    }

    [Fact]
    public void Bad_signatures_and_stale_timestamps_are_refused()
    {
        var body = Encoding.UTF8.GetBytes(PayEvent);
        var forged = new WeChatShopQuery { Signature = Sha1Sorted("other-token", Ts, "n1"), Timestamp = Ts, Nonce = "n1" };
        Assert.Equal(SourceVerdict.SignatureFailure, WeChatShopInbox.Open(Plain, forged, body, Now).Refusal!.Verdict);
        Assert.Equal(SourceVerdict.SignatureFailure, WeChatShopInbox.Open(Plain, forged with { Signature = null }, body, Now).Refusal!.Verdict);

        var old = (Now.ToUnixTimeSeconds() - 301).ToString();
        var stale = new WeChatShopQuery { Signature = Sha1Sorted(Token, old, "n1"), Timestamp = old, Nonce = "n1" };
        Assert.Equal((SourceVerdict.Refused, "timestamp"), (WeChatShopInbox.Open(Plain, stale, body, Now).Refusal!.Verdict, WeChatShopInbox.Open(Plain, stale, body, Now).Refusal!.Reason));
        Assert.Equal("timestamp", WeChatShopInbox.Open(Plain, stale with { Timestamp = "yesterday" }, body, Now).Refusal!.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"MsgType":"event"}""")]
    [InlineData("""{"MsgType":"event","Event":"channels_ec_order_pay","order_info":{"order_id":"12; DROP"}}""")]
    [InlineData("""{"MsgType":"event","Event":"channels_ec_order_pay","order_info":{"order_id":{"nested":1}}}""")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><xml><MsgType>event</MsgType><Event>&b;</Event></xml>")]
    [InlineData("<!DOCTYPE xml SYSTEM \"file:///etc/passwd\"><xml><MsgType>event</MsgType></xml>")]
    [InlineData("<xml><MsgType>event</MsgType><Event>channels_ec_order_pay</Event><order_info>")]
    public void Hostile_bodies_are_refused_as_malformed(string body)
    {
        var query = new WeChatShopQuery { Signature = Sha1Sorted(Token, Ts, "n1"), Timestamp = Ts, Nonce = "n1" };
        var refusal = WeChatShopInbox.Open(Plain, query, Encoding.UTF8.GetBytes(body), Now).Refusal;
        Assert.NotNull(refusal);
        Assert.Equal((SourceVerdict.Refused, "malformed"), (refusal.Verdict, refusal.Reason));
    }

    [Theory]
    [InlineData("\uFEFF  {\"MsgType\":\"event\",\"Event\":\"e\"}")]
    [InlineData("\uFEFF\r\n<?xml version=\"1.0\" encoding=\"utf-8\"?><xml><MsgType>event</MsgType><Event>e</Event></xml>")]
    public void A_byte_order_mark_and_leading_whitespace_are_read_past(string body)
    {
        var root = WeChatShopDocument.Read(Encoding.UTF8.GetBytes(body), out var error);
        Assert.Null(error);
        Assert.Equal("e", WeChatShopNotice.Parse(root!.Value, out _)!.Event);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var json = "{\"MsgType\":\"event\",\"Event\":\"x\",\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 41);
        Assert.Null(WeChatShopDocument.Read(Encoding.UTF8.GetBytes(json), out _));
        var xml = "<xml>" + string.Concat(Enumerable.Repeat("<a>", 40)) + "1" + string.Concat(Enumerable.Repeat("</a>", 40)) + "</xml>";
        Assert.Null(WeChatShopDocument.Read(Encoding.UTF8.GetBytes(xml), out _));
    }

    [Fact]
    public void Other_events_are_read_and_ignored_and_the_message_key_tells_retries_apart()
    {
        var root = WeChatShopDocument.Read("""{"MsgType":"event","Event":"product_spu_audit","CreateTime":5}"""u8, out _)!.Value;
        var notice = WeChatShopNotice.Parse(root, out _)!;
        Assert.Equal(WeChatShopEvents.Meaning.Ignored, WeChatShopEvents.Of(notice.Event));

        var pay = WeChatShopNotice.Parse(WeChatShopDocument.Read(Encoding.UTF8.GetBytes(PayEvent), out _)!.Value, out _)!;
        var again = WeChatShopNotice.Parse(WeChatShopDocument.Read(Encoding.UTF8.GetBytes(PayEvent), out _)!.Value, out _)!;
        Assert.Equal(pay.MessageKey, again.MessageKey);
        var refund = """{"MsgType":"event","Event":"channels_ec_aftersale_update","CreateTime":1780000000,"finder_shop_aftersale_status_update":{"status":"MERCHANT_REFUND_SUCCESS","after_sale_order_id":"99","order_id":"3705115058471208928"}}""";
        var aftersale = WeChatShopNotice.Parse(WeChatShopDocument.Read(Encoding.UTF8.GetBytes(refund), out _)!.Value, out _)!;
        Assert.Equal(("3705115058471208928", "99", "MERCHANT_REFUND_SUCCESS"), (aftersale.OrderId, aftersale.AftersaleId, aftersale.AftersaleStatus));
        Assert.NotEqual(pay.MessageKey, aftersale.MessageKey);
    }
}
