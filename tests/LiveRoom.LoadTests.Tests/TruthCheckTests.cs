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

    [Fact]
    public void A_crash_bound_lets_page_views_fall_short_by_that_share_but_never_run_over_and_business_counts_stay_exact()
    {
        Assert.Empty(TruthCheck.Compare(Truth(), Snapshot(pageViews: 950, uv: 385), trafficLoss: 0.05));
        Assert.Contains(TruthCheck.Compare(Truth(), Snapshot(pageViews: 949), trafficLoss: 0.05), p => p.StartsWith("page views"));
        Assert.Contains(TruthCheck.Compare(Truth(), Snapshot(pageViews: 1001), trafficLoss: 0.05), p => p.StartsWith("page views"));
        Assert.Contains(TruthCheck.Compare(Truth(), Snapshot(orders: 2), trafficLoss: 0.05), p => p.StartsWith("orders"));
        Assert.Contains(TruthCheck.Compare(Truth(), Snapshot(pageViews: 999)), p => p.StartsWith("page views"));
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

    [Fact]
    public void Sign_ups_members_and_remaining_stock_are_checked_when_the_truth_has_them()
    {
        var truth = Truth();
        truth.Signups = 5;
        truth.Members = 300;
        truth.SignupsByGroup["g1"] = 5;
        truth.MembersByGroup["g1"] = 100;
        truth.MembersByGroup["g2"] = 100;
        truth.MembersByGroup["g3"] = 100;
        truth.StockBySku["gel"] = 10;
        JsonElement Answer(int g1Signups = 5, int g3Members = 100, int remaining = 6) => JsonDocument.Parse(JsonSerializer.Serialize(new
        {
            totals = new { pageViews = 1000, uniqueVisitors = 400, orders = 3, gmv = 179.7m, signups = 5, members = 300 },
            skus = new[] { new { skuId = "gel", sold = 4, remaining } },
            groups = new[]
            {
                new { id = "g1", orders = 2, signups = g1Signups, members = 100 },
                new { id = "g2", orders = 1, signups = 0, members = 100 },
                new { id = "g3", orders = 0, signups = 0, members = g3Members },
            },
        })).RootElement;

        Assert.Empty(TruthCheck.Compare(truth, Answer()));
        Assert.Contains(TruthCheck.Compare(truth, Answer(g1Signups: 4)), p => p.StartsWith("signups of group g1"));
        Assert.Contains(TruthCheck.Compare(truth, Answer(g3Members: 99)), p => p.StartsWith("members of group g3"));
        Assert.Contains(TruthCheck.Compare(truth, Answer(remaining: 7)), p => p.StartsWith("remaining of gel"));
    }
}
