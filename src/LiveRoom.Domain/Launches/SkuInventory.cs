namespace LiveRoom.Domain.Launches;

[GenerateSerializer, Immutable, Alias("LiveRoom.SkuInventory.v1")]
public sealed record SkuInventory
{
    [Id(0)] public required string SkuId { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public decimal Price { get; init; }
    [Id(3)] public decimal AnchorPrice { get; init; }
    [Id(4)] public int Stock { get; init; }
    [Id(5)] public int Sold { get; init; }
    [Id(6)] public int Remaining { get; init; }
    [Id(7)] public bool Oversold { get; init; }
    [Id(8)] public bool SoldOut { get; init; }
    [Id(9)] public bool Low { get; init; }
    [Id(10)] public double? MinutesToSellout { get; init; }
    /// <summary>Marked paused by a playbook or an operator: shown on the board, orders are not refused.</summary>
    [Id(11)] public bool Paused { get; init; }
}
