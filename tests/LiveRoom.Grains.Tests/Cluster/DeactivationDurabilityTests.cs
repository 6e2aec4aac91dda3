using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Tests.Cluster;

/// <summary>Business events are durable when Ingest returns (principle 4 in docs/architecture.md): a group grain that is deactivated keeps them.</summary>
public class DeactivationDurabilityTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private Task DeactivateGroup(string group) =>
        Fixture.Cluster.DeactivateAsync(Client.GetGrain<IGroupGrain>(GroupKey.Of(LaunchId, group)));

    [Fact]
    public async Task Orders_and_members_survive_deactivation()
    {
        await CreateLaunch([Group("g1", members: 10)]);
        await Ingest(
            Ev.Order("p1", "g1", "o1", OrderStatus.Paid, amount: 40m),
            Ev.Joined("j1", "g1", "u1"));
        await DeactivateGroup("g1");

        // Replays after reactivation are still recognised, and new events add to the stored totals.
        Assert.Equal(2, await Ingest(Ev.Order("p1", "g1", "o1", OrderStatus.Paid, amount: 40m), Ev.Joined("j1", "g1", "u1")));
        await Ingest(Ev.Order("p2", "g1", "o2", OrderStatus.Paid, amount: 2m));

        var s = await Settled("g1");
        Assert.Equal(2, s.Totals.Orders);
        Assert.Equal(42m, s.Totals.Gmv);
        Assert.Equal(11, Row(s, "g1").Members);
    }

    [Fact]
    public async Task A_refund_that_arrives_first_is_stored_so_its_late_payment_never_counts()
    {
        await CreateLaunch([Group("g1")]);
        Assert.Equal(0, await Ingest(Ev.Order("r1", "g1", "o1", OrderStatus.Refunded, amount: 80m)));
        await DeactivateGroup("g1");

        Assert.Equal(1, await Ingest(Ev.Order("p1", "g1", "o1", OrderStatus.Paid, amount: 80m)));

        var s = await Settled("g1");
        Assert.Equal(0, s.Totals.Orders);
        Assert.Equal(0m, s.Totals.Gmv);
        Assert.Equal(0, s.Skus.Single().Sold);
    }

    [Fact]
    public async Task Restocks_and_the_board_survive_launch_deactivation()
    {
        await CreateLaunch([Group("g1")]);
        await Ingest(Ev.Order("p1", "g1", "o1", OrderStatus.Paid, quantity: 2, amount: 40m));
        Assert.Equal(0, await Ingest(Ev.Restock("r1", "sku-1", 500)));
        var before = await Settled("g1");

        await Fixture.Cluster.DeactivateAsync(Launch);

        Assert.Equal(1, await Ingest(Ev.Restock("r1", "sku-1", 500)));
        var after = await Snapshot();
        Assert.Equal(1_500, after.Skus.Single().Stock);
        Assert.Equal(2, after.Skus.Single().Sold);
        Assert.Equal(1, after.Totals.Orders);
        Assert.Equal(before.Series.Sum(p => p.Counts.Orders), after.Series.Sum(p => p.Counts.Orders));
        Assert.Equal(1, after.Series.Sum(p => p.Counts.Orders));
        Assert.True(after.Seq >= before.Seq, $"seq went back from {before.Seq} to {after.Seq}");
    }

    [Fact]
    public async Task A_group_keeps_its_series_and_visitors_across_deactivation()
    {
        await CreateLaunch([Group("g1")]);
        await Ingest(Ev.PageView("pv1", "g1", "visitor-1"), Ev.Order("p1", "g1", "o1", OrderStatus.Paid, amount: 5m));
        await SnapshotUntil(s => s.Totals.PageViews == 1, "the first page view");
        var group = Client.GetGrain<IGroupGrain>(GroupKey.Of(LaunchId, "g1"));
        var before = await group.GetDetail();

        await DeactivateGroup("g1");

        var after = await group.GetDetail();
        Assert.Equal(before.Series.Sum(p => p.Counts.Orders), after.Series.Sum(p => p.Counts.Orders));
        Assert.Equal(1, after.Series.Sum(p => p.Counts.PageViews));
        Assert.Equal(1, after.Stats.UniqueVisitors);

        await Ingest(Ev.PageView("pv2", "g1", "visitor-1"));
        var s = await SnapshotUntil(s => s.Totals.PageViews == 2, "the second page view");
        Assert.Equal(1, Row(s, "g1").UniqueVisitors);
        Assert.Equal(1, s.Totals.UniqueVisitors);
    }
}
