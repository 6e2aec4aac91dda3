using LiveRoom.Domain.Aggregation;

namespace LiveRoom.Grains.Abstractions;

/// <summary>Page views of one group since the previous flush, by minute, with the visitors seen.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.TrafficDelta.v1")]
public sealed record TrafficDelta(
    [property: Id(0)] IReadOnlyDictionary<long, int> PageViewsByMinute,
    [property: Id(1)] IReadOnlyList<VisitorSeen> Visitors,
    [property: Id(2)] DateTimeOffset LastAt);
