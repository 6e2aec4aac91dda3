using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Ingestion;

[Collection(AppCollection.Name)]
public sealed class IdempotencyTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task Replayed_batch_changes_nothing_and_reports_duplicates()
    {
        var launch = await TestLaunch.CreateAsync(app);
        object[] batch =
        [
            TestLaunch.Order("e1", "g1", "o1", quantity: 2, amount: 119.8m),
            TestLaunch.Order("e2", "g2", "o2", sku: "cup", amount: 89m),
            new { id = "e3", type = "member_joined", groupId = "g1", memberId = "m1" },
            new { id = "e4", type = "restock", skuId = "gel", quantity = 50 },
        ];
        var first = await (await launch.PostBatchAsync(batch)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, first.GetProperty("duplicates").GetInt32());
        var replay = await launch.PostBatchAsync(batch);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var second = await replay.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, second.GetProperty("accepted").GetInt32());
        Assert.Equal(4, second.GetProperty("duplicates").GetInt32());

        var snapshot = await Wait.Until(launch.SnapshotAsync, s => s.GetProperty("totals").GetProperty("orders").GetInt32() == 2, what: "two orders");
        var totals = snapshot.GetProperty("totals");
        Assert.Equal(208.8m, totals.GetProperty("gmv").GetDecimal());
        Assert.Equal(1, totals.GetProperty("joins").GetInt32());
        var gel = snapshot.GetProperty("skus").EnumerateArray().Single(s => s.GetProperty("skuId").GetString() == "gel");
        Assert.Equal(150, gel.GetProperty("stock").GetInt32());
        Assert.Equal(2, gel.GetProperty("sold").GetInt32());
    }

    [Fact]
    public async Task Refund_reverses_its_order_and_a_late_paid_after_refund_is_ignored()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await launch.PostEventAsync(TestLaunch.Order("p1", "g1", "o1", quantity: 3, amount: 179.7m));
        await launch.PostEventAsync(TestLaunch.Order("p2", "g1", "o2", amount: 59.9m));
        await launch.TotalsWhenAsync(t => t.GetProperty("orders").GetInt32() == 2, "two paid orders");

        await launch.PostEventAsync(TestLaunch.Order("r1", "g1", "o1", status: "refunded", quantity: 3, amount: 179.7m));
        // Out of order: the refund of o3 arrives before its payment; the payment must not count.
        await launch.PostEventAsync(TestLaunch.Order("r3", "g1", "o3", status: "refunded"));
        await launch.PostEventAsync(TestLaunch.Order("p3", "g1", "o3"));

        var snapshot = await Wait.Until(launch.SnapshotAsync, s => s.GetProperty("totals").GetProperty("orders").GetInt32() == 1, what: "one order left");
        Assert.Equal(59.9m, snapshot.GetProperty("totals").GetProperty("gmv").GetDecimal());
        var gel = snapshot.GetProperty("skus").EnumerateArray().Single(s => s.GetProperty("skuId").GetString() == "gel");
        Assert.Equal(1, gel.GetProperty("sold").GetInt32());
        Assert.Equal(99, gel.GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task Late_event_lands_in_its_own_minute()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var at = DateTimeOffset.UtcNow.AddMinutes(-7);
        var minute = at.ToUnixTimeSeconds() / 60;
        await launch.PostEventAsync(TestLaunch.Order("late", "g1", "o-late", at: at));
        var snapshot = await Wait.Until(launch.SnapshotAsync,
            s => s.GetProperty("series").EnumerateArray().Any(p => p.GetProperty("minute").GetInt64() == minute && p.GetProperty("counts").GetProperty("orders").GetInt32() == 1),
            what: "the order in its minute");
        var current = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60;
        Assert.DoesNotContain(snapshot.GetProperty("series").EnumerateArray(),
            p => p.GetProperty("minute").GetInt64() == current && p.GetProperty("counts").GetProperty("orders").GetInt32() > 0);
    }

    [Fact]
    public async Task Oversold_sku_shows_zero_remaining_and_a_flag()
    {
        var launch = await TestLaunch.CreateAsync(app, stock: 5);
        await launch.PostBatchAsync(Enumerable.Range(0, 4).Select(i => TestLaunch.Order($"e{i}", "g1", $"o{i}", quantity: 2)).ToArray());
        var snapshot = await Wait.Until(launch.SnapshotAsync, s => s.GetProperty("totals").GetProperty("orders").GetInt32() == 4, what: "four orders");
        var gel = snapshot.GetProperty("skus").EnumerateArray().Single(s => s.GetProperty("skuId").GetString() == "gel");
        Assert.Equal(8, gel.GetProperty("sold").GetInt32());
        Assert.Equal(0, gel.GetProperty("remaining").GetInt32());
        Assert.True(gel.GetProperty("oversold").GetBoolean());
        Assert.True(gel.GetProperty("soldOut").GetBoolean());
    }

    [Fact]
    public async Task Page_views_count_unique_visitors_once_per_launch()
    {
        var launch = await TestLaunch.CreateAsync(app);
        // v1 visits two groups and comes back: 4 page views, 2 visitors launch-wide.
        await launch.PostBatchAsync(new[]
        {
            TestLaunch.PageView("pv1", "g1", "v1"),
            TestLaunch.PageView("pv2", "g2", "v1"),
            TestLaunch.PageView("pv3", "g1", "v1"),
            TestLaunch.PageView("pv4", "g1", "v2"),
        });
        await launch.PostBatchAsync(new[] { TestLaunch.PageView("pv1", "g1", "v1") }); // a replayed id
        var snapshot = await Wait.Until(launch.SnapshotAsync, s => s.GetProperty("totals").GetProperty("pageViews").GetInt64() == 4, what: "four page views");
        Assert.Equal(2, snapshot.GetProperty("totals").GetProperty("uniqueVisitors").GetInt32());
        var g1 = snapshot.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "g1");
        Assert.Equal(3, g1.GetProperty("pageViews").GetInt64());
        Assert.Equal(2, g1.GetProperty("uniqueVisitors").GetInt32());
    }
}
