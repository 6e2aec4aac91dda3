using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Groups;

/// <summary>
/// The orders of one group. Shops retry webhooks and deliver them late and out of order, so the
/// book is a small state machine per order id: paid counts once; refunded or cancelled reverses a
/// paid order in the minute it was paid (so every minute shows net sales) and is final, so a paid
/// event that arrives after its refund changes nothing.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.OrderBook.v1")]
public sealed class OrderBook
{
    [Id(0)] private readonly Dictionary<string, OrderRecord> _orders = new(StringComparer.Ordinal);
    [Id(1)] private readonly Dictionary<string, int> _soldBySku = new(StringComparer.Ordinal);

    [Id(2)] private int _paid;
    [Id(3)] private decimal _gmv;

    public int Count => _orders.Count;

    /// <summary>Orders currently paid (not refunded or cancelled).</summary>
    public int Paid => _paid;

    /// <summary>GMV of the orders currently paid.</summary>
    public decimal Gmv => _gmv;

    /// <summary>Units sold per SKU by this group, net of refunds and cancellations.</summary>
    public IReadOnlyDictionary<string, int> SoldBySku => _soldBySku;

    public OrderRecord? Find(string orderId) => _orders.GetValueOrDefault(orderId);

    /// <summary>Applies one order event; returns the change to the series, or null when nothing changed.</summary>
    public SeriesPoint? Apply(LaunchEvent e)
    {
        var orderId = e.OrderId!;
        var minute = e.Minute;
        var existing = _orders.GetValueOrDefault(orderId);

        if (existing is null)
        {
            _orders[orderId] = new OrderRecord(e.SkuId!, e.Quantity, e.Amount, e.Status, minute);
            return e.Status == OrderStatus.Paid ? Sold(e.SkuId!, e.Quantity, e.Amount, minute, +1) : null;
        }

        if (existing.Status != OrderStatus.Paid || e.Status == OrderStatus.Paid) return null;

        _orders[orderId] = existing with { Status = e.Status };
        return Sold(existing.SkuId, existing.Quantity, existing.Amount, existing.Minute, -1);
    }

    private SeriesPoint Sold(string skuId, int quantity, decimal amount, long minute, int sign)
    {
        _soldBySku[skuId] = _soldBySku.GetValueOrDefault(skuId) + sign * quantity;
        _paid += sign;
        _gmv += sign * amount;
        return new SeriesPoint(minute, new MinuteBucket { Orders = sign, Gmv = sign * amount });
    }
}
