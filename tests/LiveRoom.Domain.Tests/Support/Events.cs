using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Tests.Support;

/// <summary>Builders for validated events, as the parser would produce them.</summary>
public static class Events
{
    public static readonly DateTimeOffset T = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static LaunchEvent Order(string orderId, OrderStatus status, DateTimeOffset at, string sku = "sku-1", int quantity = 1, decimal amount = 99m, string? id = null, string group = "g1") =>
        new()
        {
            Kind = EventKind.Order,
            Id = id ?? $"{orderId}-{status}",
            GroupId = group,
            At = at,
            OrderId = orderId,
            SkuId = sku,
            Quantity = quantity,
            Amount = amount,
            Status = status,
        };

    public static LaunchEvent Restock(string id, string sku, int quantity, DateTimeOffset at) =>
        new() { Kind = EventKind.Restock, Id = id, At = at, SkuId = sku, Quantity = quantity };
}
