using System.Text;
using System.Text.Json;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Domain.Tests.Sources;

public class DouyinRouterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly long PayTime = Now.AddMinutes(-1).ToUnixTimeSeconds();

    private static readonly SourceDefinition Source = new()
    {
        Id = "src-dy", Kind = SourceKind.DouyinShop, Name = "抖店", ClientId = "app-1", ClientSecret = "dy-secret-0123456789",
    };

    private static SourceMapping Mapping(string key = "*", string? groupField = null) => new()
    {
        LaunchId = "L1", Skus = new Dictionary<string, string> { [key] = "gel" }, GroupField = groupField,
    };

    private static Dictionary<string, LaunchTarget> Launches(bool open = true) => new()
    {
        ["L1"] = new LaunchTarget("L1", open, new HashSet<string> { "g1", Unattributed.GroupId }, new HashSet<string> { "gel" }),
    };

    public static string Paid(string pid, long? payTime = null, long fen = 11980, object? extra = null) =>
        Data(new Dictionary<string, object?> { ["p_id"] = long.Parse(pid), ["s_ids"] = new[] { long.Parse(pid) + 1, long.Parse(pid) + 2 }, ["pay_amount"] = fen, ["pay_time"] = payTime ?? PayTime, ["shop_id"] = 77977, ["order_status"] = 2 }, extra);

    public static string Cancelled(string pid, long cancelTime) =>
        Data(new Dictionary<string, object?> { ["p_id"] = long.Parse(pid), ["s_ids"] = new[] { long.Parse(pid) + 1 }, ["cancel_time"] = cancelTime, ["order_status"] = 4 }, null);

    public static string Refunded(string pid, long successTime) =>
        Data(new Dictionary<string, object?> { ["p_id"] = long.Parse(pid), ["s_id"] = long.Parse(pid) + 1, ["aftersale_id"] = 6999514477070778668, ["refund_amount"] = 11980, ["success_time"] = successTime }, null);

    private static string Data(Dictionary<string, object?> fields, object? extra)
    {
        if (extra is not null) foreach (var p in extra.GetType().GetProperties()) fields[p.Name] = p.GetValue(extra);
        return JsonSerializer.Serialize(fields);
    }

    private static DouyinMessage Message(string tag, string msgId, string data) => new(tag, msgId, data, null);

    private static SourceDecision Decide(DouyinMessage m, TradeLedger? ledger = null, SourceMapping? mapping = null, bool open = true) =>
        DouyinRouter.Decide(m, ledger ?? new TradeLedger(), [mapping ?? Mapping()], Launches(open), Now);

    /// <summary>Decides and commits, as the grain does, so the next message sees this one.</summary>
    private static SourceDecision Commit(TradeLedger ledger, DouyinMessage m, SourceMapping? mapping = null)
    {
        var d = Decide(m, ledger, mapping);
        if (d.MsgId is { } id) ledger.AddMessage(id);
        if (d.Trade is { } t) ledger.Put(t.Tid, t.Record);
        return d;
    }

    [Fact]
    public void A_paid_order_is_one_order_of_its_sub_orders_at_its_pay_time()
    {
        var d = Decide(Message("101", "m1", Paid("4837328765348566675")));
        Assert.Equal(SourceVerdict.Accepted, d.Verdict);
        var e = Assert.Single(d.Events["L1"]);
        Assert.Equal((EventKind.Order, "gel", 2, 119.80m, OrderStatus.Paid, "dy-4837328765348566675"), (e.Kind, e.SkuId, e.Quantity, e.Amount, e.Status, e.OrderId));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(PayTime), e.At);
        // The push names no buyer note by default: the order is counted, in the Unattributed row.
        Assert.Equal(Unattributed.GroupId, e.GroupId);
    }

    [Fact]
    public void Mapping_keys_run_from_product_ids_to_the_shop_to_any_order()
    {
        Assert.Equal(SourceVerdict.Accepted, Decide(Message("101", "m1", Paid("100", extra: new { product_id = 3512345 }))!, mapping: Mapping("3512345")).Verdict);
        Assert.Equal(SourceVerdict.Accepted, Decide(Message("101", "m2", Paid("200")), mapping: Mapping("shop:77977")).Verdict);
        var other = Decide(Message("101", "m3", Paid("300")), mapping: Mapping("shop:1"));
        Assert.Equal((SourceVerdict.Unmatched, "unmapped-sku"), (other.Verdict, other.Reason));
        Assert.Contains("shop:77977", other.Unmatched[0].SkuKeys);
    }

    [Fact]
    public void A_group_field_override_names_the_group_and_an_unknown_one_goes_unattributed()
    {
        var named = Decide(Message("101", "m1", Paid("100", extra: new { buyer_words = "g1" })));
        Assert.Equal("g1", Assert.Single(named.Events["L1"]).GroupId);
        var custom = Decide(Message("101", "m2", Paid("200", extra: new { remark = new { group = "g1" } })), mapping: Mapping(groupField: "remark.group"));
        Assert.Equal("g1", Assert.Single(custom.Events["L1"]).GroupId);
        var unknown = Decide(Message("101", "m3", Paid("300", extra: new { buyer_words = "g9" })));
        Assert.Equal(Unattributed.GroupId, Assert.Single(unknown.Events["L1"]).GroupId);
    }

    [Fact]
    public void A_refund_reverses_the_paid_order_in_the_same_group_and_a_replay_is_a_duplicate()
    {
        var ledger = new TradeLedger();
        var paid = Commit(ledger, Message("101", "m1", Paid("100", extra: new { buyer_words = "g1" })));
        Assert.Equal(SourceVerdict.Duplicate, Decide(Message("101", "m1", Paid("100")), ledger).Verdict);
        var refund = Commit(ledger, Message("206", "m2", Refunded("100", PayTime + 30)));
        var e = Assert.Single(refund.Events["L1"]);
        Assert.Equal((OrderStatus.Refunded, "g1", paid.Events["L1"][0].OrderId), (e.Status, e.GroupId, e.OrderId));
    }

    [Fact]
    public void A_payment_arriving_after_its_cancellation_changes_nothing()
    {
        var ledger = new TradeLedger();
        var cancel = Commit(ledger, Message("106", "m2", Cancelled("100", PayTime + 60)));
        Assert.Equal((SourceVerdict.Unmatched, "not-paid-here"), (cancel.Verdict, cancel.Reason));
        var late = Commit(ledger, Message("101", "m1", Paid("100", PayTime)));
        Assert.Equal((SourceVerdict.Duplicate, "older-version"), (late.Verdict, late.Reason));
        Assert.Empty(late.Events);
    }

    [Fact]
    public void A_cancellation_after_payment_reverses_it()
    {
        var ledger = new TradeLedger();
        Commit(ledger, Message("101", "m1", Paid("100")));
        var cancel = Commit(ledger, Message("106", "m2", Cancelled("100", PayTime + 60)));
        Assert.Equal(OrderStatus.Cancelled, Assert.Single(cancel.Events["L1"]).Status);
    }

    [Fact]
    public void Known_tags_that_change_no_sale_are_ignored_and_unknown_ones_refused()
    {
        Assert.Equal(SourceVerdict.Ignored, Decide(Message("102", "m1", Paid("100"))).Verdict);
        Assert.Equal(SourceVerdict.Ignored, Decide(Message("201", "m2", Refunded("100", PayTime))).Verdict);
        var unknown = Decide(Message("999", "m3", "{}"));
        Assert.Equal((SourceVerdict.Refused, "unknown-tag"), (unknown.Verdict, unknown.Reason));
        // Remembered, so the platform's retry of it is a duplicate rather than counted twice.
        Assert.NotNull(unknown.MsgId);
    }

    [Fact]
    public void A_closed_launch_takes_nothing()
    {
        var d = Decide(Message("101", "m1", Paid("100")), open: false);
        Assert.Equal(SourceVerdict.Unmatched, d.Verdict);
        Assert.Empty(d.Events);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"tag\":\"101\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("[]")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    public void Hostile_bodies_are_read_without_throwing(string body)
    {
        var messages = DouyinPush.Parse(Encoding.UTF8.GetBytes(body), out var error);
        if (messages is null) Assert.NotNull(error);
        else Assert.All(messages, m => Assert.Equal((SourceVerdict.Refused, "malformed-message"), (Decide(m).Verdict, Decide(m).Reason)));
    }

    [Fact]
    public void One_bad_message_in_a_batch_leaves_the_good_ones_readable()
    {
        var body = JsonSerializer.Serialize(new object[]
        {
            new { tag = "101", msg_id = "good-1", data = Paid("100") },
            new { tag = "101", msg_id = "bad-data", data = "{\"p_id\": {\"nested\": true}}" },
            new { tag = 101, msg_id = "no-data" },
            "a string",
            new { tag = "101", msg_id = "hostile", data = "[" + new string('[', 100) },
            new { tag = "101", msg_id = new string('x', 500), data = Paid("200") },
            new { tag = "101", msg_id = "good-2", data = Paid("300") },
        });
        var messages = DouyinPush.Parse(Encoding.UTF8.GetBytes(body), out _)!;
        var verdicts = messages.Select(m => (Decide(m).Verdict, Decide(m).Reason)).ToList();
        Assert.Equal(
        [
            (SourceVerdict.Accepted, null), (SourceVerdict.Refused, "malformed-data"), (SourceVerdict.Refused, "malformed-message"),
            (SourceVerdict.Refused, "malformed-message"), (SourceVerdict.Refused, "malformed-data"), (SourceVerdict.Refused, "malformed-message"),
            (SourceVerdict.Accepted, null),
        ], verdicts);
    }

    [Fact]
    public void Big_ids_keep_every_digit_and_data_may_come_as_an_object()
    {
        var body = """[{"tag":"101","msg_id":"m1","data":{"p_id":9223372036854775807,"s_ids":[1],"pay_amount":1,"pay_time":1}}]""";
        var m = Assert.Single(DouyinPush.Parse(Encoding.UTF8.GetBytes(body), out _)!);
        var order = DouyinOrder.Parse(m.Tag!, m.Data!, out _)!;
        Assert.Equal("9223372036854775807", order.ParentId);
        Assert.Equal(0.01m, order.Payment);
    }

    [Fact]
    public void The_push_is_checked_as_a_whole_before_its_messages()
    {
        var body = Encoding.UTF8.GetBytes("[]");
        var sign = DouyinSignature.Compute("app-1", body, Source.ClientSecret);
        Assert.Null(DouyinRouter.Check(Source, "app-1", body, sign, null));
        Assert.Equal((SourceVerdict.Refused, "app-id"), Reasons(DouyinRouter.Check(Source, "app-2", body, sign, null)));
        Assert.Equal((SourceVerdict.SignatureFailure, "signature"), Reasons(DouyinRouter.Check(Source, "app-1", body, (sign[0] == '0' ? "1" : "0") + sign[1..], null)));
        Assert.Equal((SourceVerdict.SignatureFailure, "sign-method"), Reasons(DouyinRouter.Check(Source, "app-1", body, sign, "rsa")));
        Assert.Equal((SourceVerdict.Refused, "app-id"), Reasons(DouyinRouter.Check(Source, null, body, sign, null)));
    }

    [Fact]
    public void The_platforms_test_push_is_ignored_whatever_its_signature()
    {
        var body = Encoding.UTF8.GetBytes("""[{"tag":"0","msg_id":"0","data":""}]""");
        Assert.Equal((SourceVerdict.Ignored, "test-message"), Reasons(DouyinRouter.Check(Source, null, body, null, null)));
        // Only a batch of that one message: a test tag among real messages does not skip the check.
        var mixed = Encoding.UTF8.GetBytes("""[{"tag":"0","msg_id":"0","data":""},{"tag":"101","msg_id":"m","data":"{}"}]""");
        Assert.Equal((SourceVerdict.Refused, "app-id"), Reasons(DouyinRouter.Check(Source, null, mixed, null, null)));
    }

    private static (SourceVerdict, string?) Reasons(SourceDecision? d) => (d!.Verdict, d.Reason);
}
