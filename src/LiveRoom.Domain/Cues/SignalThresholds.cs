using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// A launch's own thresholds for the group signals (the rule file's <c>"signals"</c>): what a
/// negative spike is, and how many first joins a seeded member must not be among. A launch of
/// 50-member VIP groups and one of 500-member public groups need different numbers.
/// </summary>
public sealed record SignalThresholds
{
    public static SignalThresholds Default { get; } = new();

    /// <summary>A spike is at least this many negatives… (<see cref="MoodOptions.SpikeCount"/>)</summary>
    public int SpikeCount { get; init; } = MoodOptions.Default.SpikeCount;
    /// <summary>…within this span…</summary>
    public TimeSpan SpikeWindow { get; init; } = MoodOptions.Default.SpikeWindow;
    /// <summary>…and more than this multiple of the group's usual negatives per span.</summary>
    public double SpikeBaselineFactor { get; init; } = MoodOptions.Default.SpikeBaselineFactor;
    /// <summary>Seeded members among this many first joins are warned about; null: the silo's <c>LiveRoom:Cues:EarlyJoinCount</c>.</summary>
    public int? EarlyJoinCount { get; init; }

    /// <summary>
    /// The mood options of a group of this launch: its current ones with these spike thresholds. The
    /// same instance when nothing differs, since groups ask on every cue evaluation.
    /// </summary>
    public MoodOptions ApplyTo(MoodOptions options) =>
        options.SpikeCount == SpikeCount && options.SpikeWindow == SpikeWindow && options.SpikeBaselineFactor.Equals(SpikeBaselineFactor)
            ? options
            : options with { SpikeCount = SpikeCount, SpikeWindow = SpikeWindow, SpikeBaselineFactor = SpikeBaselineFactor };
}
