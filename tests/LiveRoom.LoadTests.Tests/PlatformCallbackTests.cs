using System.Text.Json;
using LiveRoom.Domain.Sources;
using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Platforms;

namespace LiveRoom.LoadTests.Tests;

/// <summary>
/// The platform callbacks of `run --via platforms`, judged by LiveRoom's own readers and verifiers:
/// what the tool signs must verify, and what it means must be read back as the model's order.
/// </summary>
public sealed class PlatformCallbackTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 8, 1, 2, 3, 456, TimeSpan.Zero);
    private static readonly OrderLine Order = new(Sku: 0, Quantity: 3, Amount: 89.70m, Refunded: false);

    [Fact]
    public void A_youzan_payment_verifies_and_reads_as_the_order_in_its_group()
    {
        var body = YouzanCallback.Body("cid", "s3cret", 12, Order, "gel", "g007", refund: false, At);

        var push = YouzanPush.Parse(body, out var error);
        Assert.NotNull(push);
        Assert.Null(error);
        Assert.True(YouzanSignature.Verify("cid", push.Msg, "s3cret", push.Sign));
        Assert.False(YouzanSignature.Verify("cid", push.Msg, "other", push.Sign));
        Assert.Equal("trade_TradePaid", push.Type);
        Assert.Equal(MessageMeaning.Paid, YouzanTypes.Of(push.Type));

        var trade = YouzanTrade.Parse(push.Msg, out _);
        Assert.NotNull(trade);
        Assert.Equal(YouzanCallback.Tid(12), trade.Tid);
        var line = Assert.Single(trade.Lines);
        Assert.Equal(3, line.Quantity);
        Assert.Equal(89.70m, line.Payment);
        Assert.Equal(YouzanCallback.SkuKey("gel"), line.SkuKeys[0]);
        Assert.Equal("g007", trade.GroupText(null));
        // Youzan writes Beijing time to the second.
        Assert.Equal(At.ToUnixTimeSeconds(), trade.At!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public void A_youzan_refund_names_the_same_trade_with_a_higher_version()
    {
        var paid = YouzanPush.Parse(YouzanCallback.Body("cid", "s3cret", 5, Order, "gel", "g1", refund: false, At), out _)!;
        var refund = YouzanPush.Parse(YouzanCallback.Body("cid", "s3cret", 5, Order, "gel", "g1", refund: true, At.AddSeconds(30)), out _)!;

        Assert.True(YouzanSignature.Verify("cid", refund.Msg, "s3cret", refund.Sign));
        Assert.Equal(MessageMeaning.Refunded, YouzanTypes.Of(refund.Type));
        Assert.NotEqual(paid.MsgId, refund.MsgId);
        Assert.True(refund.Version > paid.Version);
        Assert.Equal(YouzanCallback.Tid(5), YouzanTrade.Parse(refund.Msg, out _)!.Tid);
    }

    [Fact]
    public void A_douyin_payment_verifies_and_reads_as_the_order_in_its_group()
    {
        var body = DouyinCallback.Body(12, Order, "gel", "g007", refund: false, At);
        var sign = DouyinCallback.Sign("7001", body, "app-secret");

        Assert.True(DouyinSignature.Verify("7001", body, "app-secret", sign, "MD5"));
        Assert.True(DouyinSignature.Verify("7001", body, "app-secret", sign, null));
        Assert.False(DouyinSignature.Verify("7001", body, "wrong", sign, "MD5"));

        var message = Assert.Single(DouyinPush.Parse(body, out var error)!);
        Assert.Null(error);
        Assert.Equal(DouyinTags.Paid, message.Tag);
        var order = DouyinOrder.Parse(message.Tag!, message.Data!, out _);
        Assert.NotNull(order);
        Assert.Equal(DouyinCallback.ParentId(12), order.ParentId);
        Assert.Equal(3, order.SubOrders.Count);
        Assert.Equal(89.70m, order.Payment);
        Assert.Contains(DouyinCallback.SkuKey("gel"), order.SkuKeys);
        Assert.Equal("g007", order.GroupText(null));
        Assert.Equal(At.ToUnixTimeSeconds(), order.Version);
    }

    [Fact]
    public void A_douyin_refund_names_the_same_order_and_is_not_older_than_its_payment()
    {
        var body = DouyinCallback.Body(5, Order, "gel", "g1", refund: true, At);
        var message = Assert.Single(DouyinPush.Parse(body, out _)!);
        Assert.Equal(DouyinTags.RefundSuccess, message.Tag);
        var order = DouyinOrder.Parse(message.Tag!, message.Data!, out _)!;
        Assert.Equal(DouyinCallback.ParentId(5), order.ParentId);
        Assert.Equal(At.ToUnixTimeSeconds(), order.Version);
    }

    [Fact]
    public void Orders_are_split_between_both_platforms_the_same_way_every_time()
    {
        var script = Models.Small;
        var accounts = PlatformAccounts.Generate(script.Options.Seed);
        var split = script.Orders.Select((o, i) => accounts.Of(i, o)).ToList();
        var again = PlatformAccounts.Generate(script.Options.Seed);

        Assert.Equal(split, script.Orders.Select((o, i) => again.Of(i, o)));
        Assert.Contains(Platform.Youzan, split);
        Assert.Contains(Platform.Douyin, split);
        // Every model order fits 抖店's fen amounts, so the split is the seed's alone.
        Assert.All(script.Orders, o => Assert.True(DouyinCallback.CanCarry(o)));
    }

    [Fact]
    public void Bodies_are_json_the_platforms_would_send()
    {
        using var youzan = JsonDocument.Parse(YouzanCallback.Body("cid", "s", 1, Order, "gel", "g1", false, At));
        Assert.Contains("%", youzan.RootElement.GetProperty("msg").GetString());
        using var douyin = JsonDocument.Parse(DouyinCallback.Body(1, Order, "gel", "g1", false, At));
        Assert.Equal(JsonValueKind.String, douyin.RootElement[0].GetProperty("data").ValueKind);
    }

    [Fact]
    public void A_wecom_join_opens_with_the_domain_inbox_as_one_member_joining_the_linked_chat()
    {
        var key = WeComCallback.NewEncodingAesKey();
        var callback = new WeComCallback("Tok3n", key, "ww0011");
        var source = new SourceDefinition { Id = "s1", Kind = SourceKind.Wecom, Name = "wecom", CorpId = "ww0011", Token = "Tok3n", EncodingAesKey = key };
        Assert.True(WeChatCrypto.IsValidEncodingAesKey(key));

        var xml = callback.EventXml(WeComCallback.ChatId("g007"), "m42", join: true, At.ToUnixTimeSeconds());
        var (query, body) = callback.Envelope(xml, At);
        var q = System.Web.HttpUtility.ParseQueryString(query);
        var opened = WeComInbox.Open(source, q["msg_signature"], q["timestamp"], q["nonce"], body, At);

        Assert.Null(opened.Decision);
        var e = opened.Event!;
        Assert.Equal("wr-g007", e.ChatId);
        Assert.Equal("update", e.ChangeType);
        Assert.Equal("add_member", e.UpdateDetail);
        Assert.Equal(["m42"], e.Members);
        Assert.Equal(1, e.MemChangeCnt);
        Assert.Equal(At.ToUnixTimeSeconds(), e.CreateTime);

        var forged = WeComInbox.Open(source with { Token = "other" }, q["msg_signature"], q["timestamp"], q["nonce"], body, At);
        Assert.NotNull(forged.Decision);
    }

    [Fact]
    public void A_wecom_leave_is_a_del_member_event()
    {
        var callback = new WeComCallback("Tok3n", WeComCallback.NewEncodingAesKey(), "ww0011");
        var e = WeComEvent.Parse(callback.EventXml("wr-g1", "m1", join: false, 1_700_000_000), out var error);
        Assert.Null(error);
        Assert.Equal("del_member", e!.UpdateDetail);
        Assert.True(e.IsChatChange);
    }
}
