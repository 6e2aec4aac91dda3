using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Launches;

/// <summary>The persisted part of a launch's live board. Keep member ids stable: it is stored.</summary>
[GenerateSerializer, Alias("LiveRoom.LaunchBoardState.v1")]
public sealed class LaunchBoardState
{
    [Id(0)] public Dictionary<string, GroupStats> Groups { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, string?> Alerts { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public MinuteSeries Series { get; set; } = new();
    [Id(3)] public HashSet<ulong> Visitors { get; set; } = [];
    [Id(4)] public InventoryLedger Inventory { get; set; } = new();
    [Id(5)] public long Seq { get; set; }
    /// <summary>Alert keys already written to the timeline (<see cref="BoardAlerts"/>).</summary>
    [Id(6)] public HashSet<string> RecordedAlerts { get; set; } = new(StringComparer.Ordinal);
}
