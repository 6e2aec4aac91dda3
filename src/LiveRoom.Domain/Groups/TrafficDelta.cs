using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Groups;

/// <summary>
/// Page views of one group since the previous flush, by minute, with the visitors seen; and the
/// sale-page errors reported for the group's link, by minute, with the last one ("code: message").
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.TrafficDelta.v1")]
public sealed record TrafficDelta(
    [property: Id(0)] IReadOnlyDictionary<long, int> PageViewsByMinute,
    [property: Id(1)] IReadOnlyList<VisitorSeen> Visitors,
    [property: Id(2)] DateTimeOffset LastAt,
    [property: Id(3)] IReadOnlyDictionary<long, int>? PageErrorsByMinute = null,
    [property: Id(4)] PageErrorSeen? LastError = null);
