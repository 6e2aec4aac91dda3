using static LiveRoom.Domain.Tests.Support.Launches;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Tests.Launches;

public class InventoryLedgerTests
{
    private static Dictionary<string, int> SoldOf(params (string Sku, int Qty)[] pairs) => pairs.ToDictionary(p => p.Sku, p => p.Qty);

    [Fact]
    public void Stock_is_initial_plus_restocks_and_restocks_are_idempotent_by_id()
    {
        var ledger = new InventoryLedger();
        var sku = Sku(stock: 100);

        Assert.True(ledger.Restock("r1", sku.Id, 50));
        Assert.False(ledger.Restock("r1", sku.Id, 50));
        Assert.True(ledger.Restock("r2", sku.Id, 25));

        Assert.Equal(175, ledger.Stock(sku));
    }

    [Fact]
    public void Restock_ids_are_global_so_a_replay_for_another_sku_is_still_a_replay()
    {
        var ledger = new InventoryLedger();
        ledger.Restock("r1", "a", 5);
        Assert.False(ledger.Restock("r1", "b", 5));
        Assert.Equal(10, ledger.Stock(Sku("b", stock: 10)));
    }

    [Fact]
    public void Sold_is_the_sum_of_the_groups_latest_absolute_values()
    {
        var ledger = new InventoryLedger();
        ledger.ReplaceGroupSold(null, SoldOf(("a", 3)));          // group 1, first report
        ledger.ReplaceGroupSold(null, SoldOf(("a", 2), ("b", 1))); // group 2, first report
        ledger.ReplaceGroupSold(SoldOf(("a", 3)), SoldOf(("a", 5))); // group 1 again: replaces 3 with 5

        Assert.Equal(7, ledger.Sold("a"));
        Assert.Equal(1, ledger.Sold("b"));
    }

    [Fact]
    public void A_refund_lowers_sold()
    {
        var ledger = new InventoryLedger();
        ledger.ReplaceGroupSold(null, SoldOf(("a", 3)));
        ledger.ReplaceGroupSold(SoldOf(("a", 3)), SoldOf(("a", 1)));
        Assert.Equal(1, ledger.Sold("a"));
    }

    [Fact]
    public void View_shows_remaining_and_forecast()
    {
        var ledger = new InventoryLedger();
        var sku = Sku(stock: 100, low: 10);
        ledger.ReplaceGroupSold(null, SoldOf((sku.Id, 40)));

        var view = ledger.View(sku, 12.5);
        Assert.Equal(100, view.Stock);
        Assert.Equal(40, view.Sold);
        Assert.Equal(60, view.Remaining);
        Assert.False(view.Low);
        Assert.False(view.SoldOut);
        Assert.False(view.Oversold);
        Assert.Equal(12.5, view.MinutesToSellout);
        Assert.Equal(sku.Price, view.Price);
        Assert.Equal(sku.AnchorPrice, view.AnchorPrice);
    }

    [Theory]
    [InlineData(89, false)]
    [InlineData(90, true)]
    [InlineData(99, true)]
    public void Low_when_remaining_is_at_or_below_the_threshold(int sold, bool low)
    {
        var ledger = new InventoryLedger();
        var sku = Sku(stock: 100, low: 10);
        ledger.ReplaceGroupSold(null, SoldOf((sku.Id, sold)));
        Assert.Equal(low, ledger.View(sku, null).Low);
    }

    [Fact]
    public void Sold_out_exactly_is_not_oversold_and_not_low()
    {
        var ledger = new InventoryLedger();
        var sku = Sku(stock: 10, low: 3);
        ledger.ReplaceGroupSold(null, SoldOf((sku.Id, 10)));

        var view = ledger.View(sku, 4);
        Assert.Equal(0, view.Remaining);
        Assert.True(view.SoldOut);
        Assert.False(view.Oversold);
        Assert.False(view.Low);
        Assert.Null(view.MinutesToSellout);
    }

    [Fact]
    public void Oversold_is_flagged_and_remaining_never_goes_negative()
    {
        var ledger = new InventoryLedger();
        var sku = Sku(stock: 10, low: 3);
        ledger.ReplaceGroupSold(null, SoldOf((sku.Id, 13)));

        var view = ledger.View(sku, 1);
        Assert.Equal(0, view.Remaining);
        Assert.Equal(13, view.Sold);
        Assert.True(view.Oversold);
        Assert.True(view.SoldOut);
        Assert.Null(view.MinutesToSellout);
    }

    [Fact]
    public void A_restock_clears_oversold()
    {
        var ledger = new InventoryLedger();
        var sku = Sku(stock: 10, low: 3);
        ledger.ReplaceGroupSold(null, SoldOf((sku.Id, 13)));
        ledger.Restock("r1", sku.Id, 20);

        var view = ledger.View(sku, null);
        Assert.Equal(17, view.Remaining);
        Assert.False(view.Oversold);
        Assert.False(view.SoldOut);
    }
}
