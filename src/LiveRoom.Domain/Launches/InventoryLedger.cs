using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Launches;

/// <summary>
/// Stock per SKU: initial + restocks − sold. Sold is the sum of the groups' own absolute counts,
/// so no single grain has to see every order. Restocks are idempotent by event id.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.InventoryLedger.v1")]
public sealed class InventoryLedger
{
    [Id(0)] private readonly Dictionary<string, int> _restocked = new(StringComparer.Ordinal);
    [Id(1)] private readonly HashSet<string> _restockIds = new(StringComparer.Ordinal);
    [Id(2)] private readonly Dictionary<string, int> _sold = new(StringComparer.Ordinal);

    /// <summary>Adds a restock unless its id was seen before; returns whether it counted.</summary>
    public bool Restock(string eventId, string skuId, int quantity)
    {
        if (!_restockIds.Add(eventId)) return false;
        _restocked[skuId] = _restocked.GetValueOrDefault(skuId) + quantity;
        return true;
    }

    /// <summary>Replaces one group's contribution to sold counts with its newer absolute values.</summary>
    public void ReplaceGroupSold(IReadOnlyDictionary<string, int>? previous, IReadOnlyDictionary<string, int> current)
    {
        if (previous is not null)
            foreach (var (sku, qty) in previous) _sold[sku] = _sold.GetValueOrDefault(sku) - qty;
        foreach (var (sku, qty) in current) _sold[sku] = _sold.GetValueOrDefault(sku) + qty;
    }

    public int Sold(string skuId) => _sold.GetValueOrDefault(skuId);

    public int Stock(Sku sku) => sku.InitialStock + _restocked.GetValueOrDefault(sku.Id);

    public SkuInventory View(Sku sku, double? minutesToSellout)
    {
        var stock = Stock(sku);
        var sold = Sold(sku.Id);
        var remaining = stock - sold;
        return new SkuInventory
        {
            SkuId = sku.Id,
            Name = sku.Name,
            Price = sku.Price,
            AnchorPrice = sku.AnchorPrice,
            Stock = stock,
            Sold = sold,
            // Overselling happens (shops accept orders faster than stock syncs); show it as a flag, never as a negative number.
            Remaining = Math.Max(0, remaining),
            Oversold = remaining < 0,
            SoldOut = remaining <= 0,
            Low = remaining > 0 && remaining <= sku.LowStockThreshold,
            MinutesToSellout = remaining > 0 ? minutesToSellout : null,
        };
    }
}
