using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Grains.Tests.Cluster;

public class OrderAggregationTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    [Fact]
    public async Task Paid_orders_reach_the_board()
    {
        await CreateLaunch([Group("g1"), Group("g2")]);
        await Ingest(
            Ev.Order("e1", "g1", "o1", OrderStatus.Paid, quantity: 2, amount: 198m),
            Ev.Order("e2", "g2", "o2", OrderStatus.Paid, quantity: 1, amount: 99m));

        var s = await SnapshotUntil(s => s.Totals.Orders == 2, "two orders");
        Assert.Equal(297m, s.Totals.Gmv);
        Assert.Equal(1, Row(s, "g1").Orders);
        Assert.Equal(198m, Row(s, "g1").Gmv);
        Assert.Equal(99m, Row(s, "g2").Gmv);
        Assert.Equal(3, s.Skus.Single().Sold);
        Assert.Equal(997, s.Skus.Single().Remaining);
    }

    [Fact]
    public async Task Replayed_events_and_orders_paid_twice_count_once()
    {
        await CreateLaunch([Group("g1")]);
        Assert.Equal(0, await Ingest(Ev.Order("e1", "g1", "o1", OrderStatus.Paid, amount: 50m)));
        Assert.Equal(1, await Ingest(Ev.Order("e1", "g1", "o1", OrderStatus.Paid, amount: 50m)));                  // webhook retry
        Assert.Equal(1, await Ingest(Ev.Order("e1-again", "g1", "o1", OrderStatus.Paid, amount: 50m)));            // same order, new event id
        Assert.Equal(2, await Ingest(
            Ev.Order("e2", "g1", "o2", OrderStatus.Paid, amount: 20m),
            Ev.Order("e2", "g1", "o2", OrderStatus.Paid, amount: 20m),
            Ev.Order("e3", "g1", "o2", OrderStatus.Paid, amount: 20m)));

        var s = await Settled("g1");
        Assert.Equal(2, s.Totals.Orders);
        Assert.Equal(70m, s.Totals.Gmv);
        Assert.Equal(2, Row(s, "g1").Orders);
        Assert.Equal(2, s.Skus.Single().Sold);
    }

    [Fact]
    public async Task Refunds_and_cancellations_reverse_orders_gmv_and_sold()
    {
        await CreateLaunch([Group("g1"), Group("g2")]);
        await Ingest(
            Ev.Order("p1", "g1", "o1", OrderStatus.Paid, quantity: 3, amount: 300m),
            Ev.Order("p2", "g1", "o2", OrderStatus.Paid, quantity: 1, amount: 100m),
            Ev.Order("p3", "g2", "o3", OrderStatus.Paid, quantity: 2, amount: 200m));
        await SnapshotUntil(s => s.Totals.Orders == 3, "three orders before the refund");

        await Ingest(Ev.Order("r1", "g1", "o1", OrderStatus.Refunded, quantity: 3, amount: 300m));
        await Ingest(Ev.Order("c3", "g2", "o3", OrderStatus.Cancelled, quantity: 2, amount: 200m));
        await Ingest(Ev.Order("r1-retry", "g1", "o1", OrderStatus.Refunded, quantity: 3, amount: 300m));

        var s = await Settled("g1", "g2");
        Assert.Equal(1, s.Totals.Orders);
        Assert.Equal(100m, s.Totals.Gmv);
        Assert.Equal(1, s.Skus.Single().Sold);
        Assert.Equal(1, Row(s, "g1").Orders);
        Assert.Equal(0, Row(s, "g2").Orders);
        Assert.Equal(0m, Row(s, "g2").Gmv);
        // Net per minute: the paid minute carries +3 −2 orders.
        Assert.Equal(1, s.Series.Sum(p => p.Counts.Orders));
        Assert.Equal(100m, s.Series.Sum(p => p.Counts.Gmv));
    }

    [Fact]
    public async Task A_refund_that_overtakes_its_payment_leaves_nothing_counted()
    {
        await CreateLaunch([Group("g1")]);
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-2);
        await Ingest(Ev.Order("r1", "g1", "o1", OrderStatus.Refunded, amount: 80m));
        await Ingest(Ev.Order("p1", "g1", "o1", OrderStatus.Paid, amount: 80m, at: paidAt));
        await Ingest(Ev.Order("p2", "g1", "o2", OrderStatus.Paid, amount: 10m));

        var s = await Settled("g1");
        Assert.Equal(1, s.Totals.Orders);
        Assert.Equal(10m, s.Totals.Gmv);
        Assert.Equal(1, s.Skus.Single().Sold);
        Assert.DoesNotContain(s.Series, p => p.Minute == UnixMinute.Of(paidAt) && p.Counts.Orders != 0);
    }
}
