namespace LiveRoom.Domain.Sources;

/// <summary>Where one line of a platform order went: the launch, group, LiveRoom order id and SKU it was counted under.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.PlacedLine.v1")]
public sealed record PlacedLine(
    [property: Id(0)] string LaunchId,
    [property: Id(1)] string GroupId,
    [property: Id(2)] string OrderId,
    [property: Id(3)] string SkuId,
    [property: Id(4)] int Quantity,
    [property: Id(5)] decimal Amount);
