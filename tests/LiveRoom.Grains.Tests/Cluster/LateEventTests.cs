using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Tests.Cluster;

public class LateEventTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    [Fact]
    public async Task Events_ten_minutes_late_land_in_their_own_minute_of_group_and_launch_series()
    {
        await CreateLaunch([Group("g1")], startsAt: DateTimeOffset.UtcNow.AddMinutes(-30));
        var then = DateTimeOffset.UtcNow.AddMinutes(-10);
        var minute = UnixMinute.Of(then);

        await Ingest(
            Ev.Order("e1", "g1", "o1", OrderStatus.Paid, amount: 66m, at: then),
            Ev.PageView("pv1", "g1", "visitor-1", at: then),
            Ev.PageView("pv2", "g1", "visitor-1", at: DateTimeOffset.UtcNow));

        var s = await SnapshotUntil(s => s.Totals.Orders == 1 && s.Totals.PageViews == 2, "the late order and page views");
        var launchPoint = s.Series.Single(p => p.Minute == minute).Counts;
        Assert.Equal(1, launchPoint.Orders);
        Assert.Equal(66m, launchPoint.Gmv);
        Assert.Equal(1, launchPoint.PageViews);
        Assert.Equal(1, launchPoint.UniqueVisitors); // first seen in the late minute, not now
        Assert.Equal(1, s.Series.Sum(p => p.Counts.UniqueVisitors));

        var detail = await Client.GetGrain<IGroupGrain>(GroupKey.Of(LaunchId, "g1")).GetDetail();
        var groupPoint = detail.Series.Single(p => p.Minute == minute).Counts;
        Assert.Equal(1, groupPoint.Orders);
        Assert.Equal(1, groupPoint.PageViews);
        Assert.Equal(1, groupPoint.UniqueVisitors);
        Assert.Equal(2, detail.Stats.PageViews);
        Assert.Equal(1, detail.Stats.UniqueVisitors);
    }

    [Fact]
    public async Task A_refund_arriving_late_reverses_the_minute_the_order_was_paid_in()
    {
        await CreateLaunch([Group("g1")], startsAt: DateTimeOffset.UtcNow.AddMinutes(-30));
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        await Ingest(Ev.Order("p1", "g1", "o1", OrderStatus.Paid, amount: 50m, at: paidAt));
        await Ingest(Ev.Order("p2", "g1", "o2", OrderStatus.Paid, amount: 30m, at: paidAt));
        await Ingest(Ev.Order("r1", "g1", "o1", OrderStatus.Refunded, amount: 50m));

        var s = await Settled("g1");
        var point = s.Series.Single(p => p.Minute == UnixMinute.Of(paidAt)).Counts;
        Assert.Equal(1, point.Orders);
        Assert.Equal(30m, point.Gmv);
        Assert.DoesNotContain(s.Series, p => p.Minute != UnixMinute.Of(paidAt) && p.Counts.Orders != 0);
    }
}
