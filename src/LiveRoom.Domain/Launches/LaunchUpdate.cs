using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Launches;

/// <summary>
/// At most one per launch per tick, only when something changed: totals and SKUs in full (they are
/// small), and only the series minutes and groups that changed since the previous update.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.LaunchUpdate.v1")]
public sealed record LaunchUpdate
{
    [Id(0)] public required string LaunchId { get; init; }
    [Id(1)] public long Seq { get; init; }
    [Id(2)] public DateTimeOffset ServerTime { get; init; }
    [Id(3)] public LaunchPhase Phase { get; init; }
    [Id(4)] public required LaunchTotals Totals { get; init; }
    [Id(5)] public IReadOnlyList<SkuInventory> Skus { get; init; } = [];
    [Id(6)] public IReadOnlyList<SeriesPoint> Series { get; init; } = [];
    [Id(7)] public IReadOnlyList<GroupRow> Groups { get; init; } = [];
    /// <summary>Set when the launch's setup changed (name, T0, SKUs, groups): the viewer should take a new snapshot.</summary>
    [Id(8)] public LaunchInfo? Launch { get; init; }
}
