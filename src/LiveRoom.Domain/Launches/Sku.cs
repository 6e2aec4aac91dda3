namespace LiveRoom.Domain.Launches;

/// <summary>One product on sale. Prices are in the launch's currency (yuan), stock in units.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.Sku.v1")]
public sealed record Sku(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] decimal Price,
    [property: Id(3)] decimal AnchorPrice,
    [property: Id(4)] int InitialStock,
    [property: Id(5)] int LowStockThreshold);
