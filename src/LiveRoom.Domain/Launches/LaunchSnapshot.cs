using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Launches;

/// <summary>Everything a new viewer of a launch needs; sent once on subscribe (docs/hub.md).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.LaunchSnapshot.v1")]
public sealed record LaunchSnapshot
{
    [Id(0)] public long Seq { get; init; }
    [Id(1)] public DateTimeOffset ServerTime { get; init; }
    [Id(2)] public required LaunchInfo Launch { get; init; }
    [Id(3)] public LaunchPhase Phase { get; init; }
    [Id(4)] public required LaunchTotals Totals { get; init; }
    [Id(5)] public IReadOnlyList<SkuInventory> Skus { get; init; } = [];
    [Id(6)] public IReadOnlyList<SeriesPoint> Series { get; init; } = [];
    [Id(7)] public IReadOnlyList<GroupRow> Groups { get; init; } = [];
}
