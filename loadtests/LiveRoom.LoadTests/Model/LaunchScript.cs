using LiveRoom.LoadTests.Smoke;

namespace LiveRoom.LoadTests.Model;

/// <summary>
/// A generated launch: its groups and SKUs (to set the launch up), every event in time order, the
/// orders they refer to, and the ground truth LiveRoom must show once all of it has arrived.
/// </summary>
public sealed class LaunchScript
{
    public required ModelOptions Options { get; init; }
    public required IReadOnlyList<ModelGroup> Groups { get; init; }
    public required SkuPlan[] Skus { get; init; }
    public required ModelEvent[] Events { get; init; }
    public required IReadOnlyList<OrderLine> Orders { get; init; }
    public required SmokeTruth Truth { get; init; }

    /// <summary>Orders a member wanted but could not place because every SKU had sold out.</summary>
    public int SoldOutMisses { get; init; }

    public long DurationMs => (long)Options.Duration.TotalMilliseconds;

    public Dictionary<ModelKind, int> CountByKind() =>
        Events.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
}
