using System.Net;
using System.Text;
using System.Text.Json;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Domain.Tests.Sources;

public class YouzanRouterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly SourceDefinition Source = new()
    {
        Id = "src-1", Kind = SourceKind.Youzan, Name = "店", ClientId = "cid", ClientSecret = "secret-0123456789",
    };

    private static readonly SourceMapping Mapping = new()
    {
        LaunchId = "L1", Skus = new Dictionary<string, string> { ["YZ-GEL"] = "gel" },
    };

    private static Dictionary<string, LaunchTarget> Launches(bool open = true) => new()
    {
        ["L1"] = new LaunchTarget("L1", open, new HashSet<string> { "g1", Unattributed.GroupId }, new HashSet<string> { "gel", "cup" }),
    };

    public static string Trade(string tid, string sku = "YZ-GEL", string? remark = "g1", int num = 2, string payment = "119.80") =>
        JsonSerializer.Serialize(new
        {
            full_order_info = new
            {
                order_info = new { tid, pay_time = "2026-12-01 19:59:00" },
                orders = new[] { new { oid = "1", outer_sku_id = sku, sku_id = 777, item_id = 555, num, payment } },
                remark_info = new { buyer_message = remark },
            },
        });

    public static YouzanPush Push(string msgId, string type, string trade, long version = 1, string secret = "secret-0123456789")
    {
        var msg = WebUtility.UrlEncode(trade);
        var body = JsonSerializer.Serialize(new
        {
            client_id = "cid", msg, msg_id = msgId, type, status = "x", version, kdt_id = 415,
            sign = YouzanSignature.Compute("cid", msg, secret),
        });
        return YouzanPush.Parse(Encoding.UTF8.GetBytes(body), out _)!;
    }

    private static SourceDecision Decide(YouzanPush push, TradeLedger? ledger = null, bool open = true) =>
        YouzanRouter.Decide(Source, push, ledger ?? new TradeLedger(), [Mapping], Launches(open), Now);

    [Fact]
    public void A_paid_trade_becomes_a_paid_order_in_the_named_group()
    {
        var d = Decide(Push("m1", "trade_TradePaid", Trade("E1")));
        Assert.Equal(SourceVerdict.Accepted, d.Verdict);
        var e = Assert.Single(d.Events["L1"]);
        Assert.Equal((EventKind.Order, "g1", "gel", 2, 119.80m, OrderStatus.Paid), (e.Kind, e.GroupId, e.SkuId, e.Quantity, e.Amount, e.Status));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 11, 59, 0, TimeSpan.Zero), e.At);
    }

    [Fact]
    public void An_unknown_group_goes_to_the_unattributed_row_never_a_wrong_group()
    {
        Assert.Equal(Unattributed.GroupId, Assert.Single(Decide(Push("m1", "trade_TradePaid", Trade("E1", remark: "g9"))).Events["L1"]).GroupId);
        Assert.Equal(Unattributed.GroupId, Assert.Single(Decide(Push("m1", "trade_TradePaid", Trade("E1", remark: null))).Events["L1"]).GroupId);
    }

    [Fact]
    public void A_refund_carrying_only_the_tid_reverses_the_placed_lines()
    {
        var ledger = new TradeLedger();
        var paid = Decide(Push("m1", "trade_TradePaid", Trade("E1")), ledger);
        ledger.Put(paid.Trade!.Value.Tid, paid.Trade.Value.Record);
        var refund = Decide(Push("m2", "trade_refund_RefundSuccess", """{"tid":"E1"}""", version: 2), ledger);
        var e = Assert.Single(refund.Events["L1"]);
        Assert.Equal((OrderStatus.Refunded, "g1", paid.Events["L1"][0].OrderId), (e.Status, e.GroupId, e.OrderId));
    }

    [Fact]
    public void An_older_version_after_a_newer_one_changes_nothing()
    {
        var ledger = new TradeLedger();
        ledger.Put("E1", new TradeRecord(5, []));
        var d = Decide(Push("m3", "trade_TradePaid", Trade("E1"), version: 4), ledger);
        Assert.Equal((SourceVerdict.Duplicate, "older-version"), (d.Verdict, d.Reason));
        Assert.Empty(d.Events);
    }

    [Fact]
    public void Bad_signature_unknown_type_retry_and_other_app_apply_nothing()
    {
        Assert.Equal(SourceVerdict.SignatureFailure, Decide(Push("m1", "trade_TradePaid", Trade("E1"), secret: "wrong")).Verdict);
        var unknown = Decide(Push("m1", "ITEM_SOMETHING", Trade("E1")));
        Assert.Equal((SourceVerdict.Refused, "unknown-type"), (unknown.Verdict, unknown.Reason));
        Assert.Equal(SourceVerdict.Ignored, Decide(Push("m1", "trade_TradeCreate", Trade("E1"))).Verdict);
        var ledger = new TradeLedger();
        ledger.AddMessage("m1");
        Assert.Equal(SourceVerdict.Duplicate, Decide(Push("m1", "trade_TradePaid", Trade("E1")), ledger).Verdict);
        var other = YouzanRouter.Decide(Source with { ClientId = "another" }, Push("m1", "trade_TradePaid", Trade("E1")), new TradeLedger(), [Mapping], Launches(), Now);
        Assert.Equal((SourceVerdict.Refused, "client-id"), (other.Verdict, other.Reason));
    }

    [Fact]
    public void An_unmapped_sku_or_a_closed_launch_is_unmatched_with_an_example()
    {
        var d = Decide(Push("m1", "trade_TradePaid", Trade("E7", sku: "YZ-OTHER")));
        Assert.Equal(SourceVerdict.Unmatched, d.Verdict);
        var example = Assert.Single(d.Unmatched);
        Assert.Equal(("E7", "unmapped-sku"), (example.OrderId, example.Reason));
        Assert.Contains("YZ-OTHER", example.SkuKeys);
        Assert.Equal(SourceVerdict.Unmatched, Decide(Push("m1", "trade_TradePaid", Trade("E1")), open: false).Verdict);
    }

    [Fact]
    public void A_group_field_override_reads_another_path()
    {
        var mapping = Mapping with { GroupField = "full_order_info.order_info.tid" };
        var launches = new Dictionary<string, LaunchTarget> { ["L1"] = new("L1", true, new HashSet<string> { "E1" }, new HashSet<string> { "gel" }) };
        var d = YouzanRouter.Decide(Source, Push("m1", "trade_TradePaid", Trade("E1")), new TradeLedger(), [mapping], launches, Now);
        Assert.Equal("E1", Assert.Single(d.Events["L1"]).GroupId);
    }

    [Fact]
    public void Counters_keep_reasons_and_the_newest_examples_bounded()
    {
        var c = new SourceCounters();
        for (var i = 0; i < 15; i++)
            c.Record(new SourceDecision(SourceVerdict.Unmatched) { Unmatched = [new UnmatchedExample(Now, $"E{i}", [], "unmapped-sku")] }, Now);
        c.Record(new SourceDecision(SourceVerdict.Refused, "unknown-type"), Now);
        c.Record(new SourceDecision(SourceVerdict.SignatureFailure, "signature"), Now);
        Assert.Equal((15L, 1L, 1L), (c.Unmatched, c.Refused, c.SignatureFailures));
        Assert.Equal(SourceCounters.MaxExamples, c.UnmatchedExamples.Count);
        Assert.Equal("E14", c.UnmatchedExamples[0].OrderId);
        Assert.Equal(1, c.RefusedByReason["unknown-type"]);
        Assert.Equal(17, c.EventsPerMinute(Now));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"client_id":"cid","msg_id":"m","type":"trade_TradePaid"}""")]
    public void A_malformed_envelope_is_refused_with_a_reason(string body)
    {
        Assert.Null(YouzanPush.Parse(Encoding.UTF8.GetBytes(body), out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
