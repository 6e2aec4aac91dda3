using System.Text.Json;
using LiveRoom.LoadTests.Smoke;

namespace LiveRoom.LoadTests.Tests;

/// <summary>The smoke run's verdict rests on this comparison: it must catch a wrong server answer.</summary>
public sealed class TruthCheckTests
{
    private static SmokeTruth Truth()
    {
        var truth = new SmokeTruth { PageViews = 1000, UniqueVisitors = 400, Orders = 3, Gmv = 179.7m };
        truth.SoldBySku["gel"] = 4;
        truth.OrdersByGroup["g1"] = 2;
        truth.OrdersByGroup["g2"] = 1;
        return truth;
    }

    private static JsonElement Snapshot(long pageViews = 1000, int uv = 400, int orders = 3, decimal gmv = 179.7m, int sold = 4, int g1Orders = 2, int g2Orders = 1) =>
        JsonDocument.Parse(JsonSerializer.Serialize(new
        {
            totals = new { pageViews, uniqueVisitors = uv, orders, gmv },
            skus = new[] { new { skuId = "gel", sold } },
            groups = new[] { new { id = "g1", orders = g1Orders }, new { id = "g2", orders = g2Orders }, new { id = "g3", orders = 0 } },
        })).RootElement;

    [Fact]
    public void A_matching_answer_has_no_problems() => Assert.Empty(TruthCheck.Compare(Truth(), Snapshot()));

    [Fact]
    public void Unique_visitors_may_differ_by_one_percent_but_not_more()
    {
        Assert.Empty(TruthCheck.Compare(Truth(), Snapshot(uv: 404)));
        Assert.Contains(TruthCheck.Compare(Truth(), Snapshot(uv: 405)), p => p.StartsWith("unique visitors"));
    }

    public static TheoryData<JsonElement, string> WrongAnswers => new()
    {
        { Snapshot(pageViews: 999), "page views" },
        { Snapshot(orders: 4), "orders" },
        { Snapshot(gmv: 179.6m), "GMV" },
        { Snapshot(sold: 5), "sold of gel" },
        { Snapshot(g1Orders: 1, g2Orders: 2), "orders of group g1" },
    };

    [Theory]
    [MemberData(nameof(WrongAnswers))]
    public void Each_wrong_business_count_is_reported(JsonElement snapshot, string problem) =>
        Assert.Contains(TruthCheck.Compare(Truth(), snapshot), p => p.StartsWith(problem));

    [Fact]
    public void An_order_counted_in_a_group_the_truth_never_saw_is_reported() =>
        Assert.Contains(TruthCheck.Compare(Truth(), JsonDocument.Parse("""
            {"totals":{"pageViews":1000,"uniqueVisitors":400,"orders":3,"gmv":179.7},
             "skus":[{"skuId":"gel","sold":4}],
             "groups":[{"id":"g1","orders":2},{"id":"g2","orders":1},{"id":"ghost","orders":1}]}
            """).RootElement), p => p.StartsWith("orders of group ghost"));
}
