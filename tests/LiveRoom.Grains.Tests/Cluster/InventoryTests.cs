using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Grains.Tests.Cluster;

public class InventoryTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private static readonly Sku Gel = new("gel", "冷敷凝胶", 99m, 199m, InitialStock: 5, LowStockThreshold: 2);
    private static readonly Sku Mask = new("mask", "面膜", 59m, 99m, InitialStock: 100, LowStockThreshold: 10);

    [Fact]
    public async Task Overselling_shows_zero_remaining_and_a_flag()
    {
        await CreateLaunch([Group("g1"), Group("g2")], [Gel, Mask]);
        await Ingest(
            Ev.Order("e1", "g1", "o1", OrderStatus.Paid, quantity: 3, sku: "gel"),
            Ev.Order("e2", "g2", "o2", OrderStatus.Paid, quantity: 4, sku: "gel"),
            Ev.Order("e3", "g2", "o3", OrderStatus.Paid, quantity: 1, sku: "mask"));

        var s = await Settled("g1", "g2");
        var gel = s.Skus.Single(k => k.SkuId == "gel");
        Assert.Equal(7, gel.Sold);
        Assert.Equal(0, gel.Remaining);
        Assert.True(gel.Oversold);
        Assert.True(gel.SoldOut);
        var mask = s.Skus.Single(k => k.SkuId == "mask");
        Assert.Equal(99, mask.Remaining);
        Assert.False(mask.Oversold);
    }

    [Fact]
    public async Task Low_stock_is_flagged_and_a_refund_brings_stock_back()
    {
        await CreateLaunch([Group("g1")], [Gel]);
        await Ingest(Ev.Order("e1", "g1", "o1", OrderStatus.Paid, quantity: 3, sku: "gel"));
        var low = (await Settled("g1")).Skus.Single();
        Assert.Equal(2, low.Remaining);
        Assert.True(low.Low);

        await Ingest(Ev.Order("r1", "g1", "o1", OrderStatus.Refunded, quantity: 3, sku: "gel"));
        var back = (await Settled("g1")).Skus.Single();
        Assert.Equal(5, back.Remaining);
        Assert.False(back.Low);
    }

    [Fact]
    public async Task Restocks_are_idempotent_by_event_id()
    {
        await CreateLaunch([Group("g1")], [Gel, Mask]);
        await Ingest(Ev.Order("e1", "g1", "o1", OrderStatus.Paid, quantity: 7, sku: "gel"));
        await SnapshotUntil(s => s.Skus.Single(k => k.SkuId == "gel").Oversold, "gel oversold");

        Assert.Equal(0, await Ingest(Ev.Restock("r1", "gel", 10)));
        Assert.Equal(1, await Ingest(Ev.Restock("r1", "gel", 10)));
        Assert.Equal(1, await Ingest(Ev.Restock("r2", "mask", 50), Ev.Restock("r1", "gel", 10)));

        // Restocks are durable when the call returns: the very next snapshot has them.
        var s = await Snapshot();
        var gel = s.Skus.Single(k => k.SkuId == "gel");
        Assert.Equal(15, gel.Stock);
        Assert.Equal(8, gel.Remaining);
        Assert.False(gel.Oversold);
        Assert.Equal(150, s.Skus.Single(k => k.SkuId == "mask").Stock);
    }
}
