using System.Text;
using System.Text.Json;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Domain.Tests.Sources;

public class WeChatShopRouterTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_780_000_100);

    private static readonly SourceMapping Mapping = new()
    {
        LaunchId = "L1", Skus = new Dictionary<string, string> { ["WX-GEL"] = "gel", ["2300001"] = "cup" },
    };

    private static Dictionary<string, LaunchTarget> Launches(bool open = true) => new()
    {
        ["L1"] = new LaunchTarget("L1", open, new HashSet<string> { "g1", Unattributed.GroupId }, new HashSet<string> { "gel", "cup" }),
    };

    /// <summary>An order/get answer in the documented shape (prices in fen, times in seconds).</summary>
    public static string Answer(string orderId, int status, long updateTime = 1_780_000_050, string? notes = "g1", string outSku = "WX-GEL", int count = 2, int realPrice = 11980) =>
        JsonSerializer.Serialize(new
        {
            errcode = 0,
            errmsg = "ok",
            order = new
            {
                order_id = orderId,
                status,
                create_time = 1_780_000_000,
                update_time = updateTime,
                order_detail = new
                {
                    product_infos = new object[]
                    {
                        new { product_id = "1000001", sku_id = "2000001", out_sku_id = outSku, sku_cnt = count, sale_price = realPrice / count, real_price = realPrice },
                    },
                    pay_info = new { pay_time = 1_780_000_040 },
                    ext_info = new { customer_notes = notes },
                },
            },
        });

    private static WeChatShopOrder Order(string answer) => WeChatShopOrder.Parse(Encoding.UTF8.GetBytes(answer), out _)!;

    private static SourceDecision Decide(string answer, TradeLedger? ledger = null, string? sourceGroupField = null, bool open = true) =>
        WeChatShopRouter.Decide(Order(answer), ledger ?? new TradeLedger(), [Mapping], Launches(open), sourceGroupField, Now);

    private static void Commit(SourceDecision d, TradeLedger ledger)
    {
        if (d.Trade is { } t) ledger.Put(t.Tid, t.Record);
    }

    [Theory]
    [InlineData(10, null)]
    [InlineData(12, null)]
    [InlineData(13, null)]
    [InlineData(20, OrderStatus.Paid)]
    [InlineData(21, OrderStatus.Paid)]
    [InlineData(30, OrderStatus.Paid)]
    [InlineData(100, OrderStatus.Paid)]
    [InlineData(190, OrderStatus.Cancelled)]
    [InlineData(200, OrderStatus.Refunded)]
    [InlineData(250, OrderStatus.Cancelled)]
    [InlineData(999, null)]
    public void Order_statuses_map_onto_liveroom_states(int status, OrderStatus? expected) =>
        Assert.Equal(expected, WeChatShopEvents.Status(status));

    [Fact]
    public void A_paid_order_becomes_a_paid_order_in_the_group_of_the_buyers_note()
    {
        var d = Decide(Answer("3705115058471208928", 20));
        Assert.Equal(SourceVerdict.Accepted, d.Verdict);
        var e = Assert.Single(d.Events["L1"]);
        Assert.Equal((EventKind.Order, "g1", "gel", 2, 119.80m, OrderStatus.Paid), (e.Kind, e.GroupId, e.SkuId, e.Quantity, e.Amount, e.Status));
        Assert.Equal("wxs-3705115058471208928-0", e.OrderId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_780_000_040), e.At);
    }

    [Fact]
    public void Shipped_and_completed_are_the_same_paid_event_and_a_refund_reverses_the_same_lines()
    {
        var ledger = new TradeLedger();
        var paid = Decide(Answer("1", 20), ledger);
        Commit(paid, ledger);
        var shipped = Decide(Answer("1", 30, updateTime: 1_780_000_060, notes: "changed-later"), ledger);
        Assert.Equal(paid.Events["L1"][0].Id, shipped.Events["L1"][0].Id);
        Assert.Equal("g1", shipped.Events["L1"][0].GroupId);
        Commit(shipped, ledger);

        var refunded = Decide(Answer("1", 200, updateTime: 1_780_000_090, notes: null), ledger);
        var e = Assert.Single(refunded.Events["L1"]);
        Assert.Equal((OrderStatus.Refunded, "g1", paid.Events["L1"][0].OrderId), (e.Status, e.GroupId, e.OrderId));
        Assert.NotEqual(paid.Events["L1"][0].Id, e.Id);
        Commit(refunded, ledger);

        // A fetch answered before the refund but applied after it changes nothing.
        var late = Decide(Answer("1", 20, updateTime: 1_780_000_060), ledger);
        Assert.Equal((SourceVerdict.Duplicate, "older-version"), (late.Verdict, late.Reason));
    }

    [Fact]
    public void Unpaid_orders_are_ignored_and_remember_nothing()
    {
        var d = Decide(Answer("2", 10));
        Assert.Equal((SourceVerdict.Ignored, "not-paid"), (d.Verdict, d.Reason));
        Assert.Null(d.Trade);
    }

    [Fact]
    public void Attribution_falls_back_to_unattributed_and_follows_the_source_or_mapping_path()
    {
        Assert.Equal(Unattributed.GroupId, Decide(Answer("3", 20, notes: "nobody")).Events["L1"][0].GroupId);
        Assert.Equal(Unattributed.GroupId, Decide(Answer("3", 20, notes: null)).Events["L1"][0].GroupId);
        Assert.Equal(Unattributed.GroupId, Decide(Answer("3", 20, notes: Unattributed.GroupId)).Events["L1"][0].GroupId);
        // The source's own path, when the launch's mapping names none.
        var viaSource = Decide(Answer("3", 20, notes: "nobody"), sourceGroupField: "order_detail.product_infos[0].out_sku_id");
        Assert.Equal(Unattributed.GroupId, viaSource.Events["L1"][0].GroupId);
        var answer = Answer("3", 20, notes: "nobody").Replace("\"create_time\"", "\"sharer\":\"g1\",\"create_time\"");
        Assert.Equal("g1", Decide(answer, sourceGroupField: "sharer").Events["L1"][0].GroupId);
    }

    [Fact]
    public void Unmapped_products_and_closed_launches_are_unmatched_with_examples()
    {
        var d = Decide(Answer("4", 20, outSku: "WX-OTHER"));
        Assert.Equal((SourceVerdict.Unmatched, "unmapped-sku"), (d.Verdict, d.Reason));
        Assert.Contains("WX-OTHER", d.Unmatched[0].SkuKeys);
        // The platform's own sku id maps too.
        var bySkuId = Decide(Answer("5", 20, outSku: "").Replace("\"2000001\"", "\"2300001\""));
        Assert.Equal("cup", bySkuId.Events["L1"][0].SkuId);
        Assert.Equal(SourceVerdict.Unmatched, Decide(Answer("6", 20), open: false).Verdict);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{"errcode":0,"order":{"order_id":"1"}}""")]
    [InlineData("""{"errcode":0,"order":{"order_id":"abc","status":20}}""")]
    [InlineData("""{"errcode":0,"order":{"order_id":"1","status":"paid"}}""")]
    public void Unreadable_answers_hold_no_order(string answer) =>
        Assert.Null(WeChatShopOrder.Parse(Encoding.UTF8.GetBytes(answer), out _));

    [Fact]
    public void Negative_prices_are_bad_lines_not_sales()
    {
        var d = Decide(Answer("7", 20, realPrice: -5));
        Assert.Equal((SourceVerdict.Unmatched, "bad-line"), (d.Verdict, d.Reason));
    }

    [Fact]
    public void The_fetch_queue_retries_with_back_off_and_gives_up()
    {
        var q = new WeChatShopQueue();
        Assert.True(q.Add("1", Now));
        Assert.True(q.Add("1", Now));
        Assert.Equal(["1"], q.Due(Now, 10));
        Assert.False(q.Failed("1", Now));
        Assert.Empty(q.Due(Now, 10));
        Assert.Equal(["1"], q.Due(Now + TimeSpan.FromSeconds(2), 10));
        // A new event about the order tries again at once.
        q.Add("1", Now);
        Assert.Equal(["1"], q.Due(Now, 10));
        var gaveUp = false;
        for (var i = 0; i < WeChatShopQueue.MaxAttempts && !gaveUp; i++) gaveUp = q.Failed("1", Now);
        Assert.True(gaveUp);
        Assert.Equal(0, q.Count);
    }
}
