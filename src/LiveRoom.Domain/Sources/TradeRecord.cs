namespace LiveRoom.Domain.Sources;

/// <summary>What a source remembers of one platform order: the newest version seen and where its lines were placed.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.TradeRecord.v1")]
public sealed record TradeRecord(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<PlacedLine> Lines);
