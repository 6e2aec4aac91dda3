namespace LiveRoom.Domain.Chat;

/// <summary>Windows and thresholds of <see cref="GroupMood"/>.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.MoodOptions.v1")]
public sealed record MoodOptions
{
    /// <summary>The rolling window the mood, counters and quotes look at.</summary>
    [Id(0)] public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(10);
    /// <summary>Share of negative messages from which the group is <see cref="MoodLevel.Tense"/>.</summary>
    [Id(1)] public double TenseRatio { get; init; } = 0.10;
    /// <summary>Share of negative messages from which the group is <see cref="MoodLevel.Negative"/>...</summary>
    [Id(2)] public double NegativeRatio { get; init; } = 0.25;
    /// <summary>...provided there are at least this many (one angry line among three is not a mood).</summary>
    [Id(3)] public int MinNegativesForNegative { get; init; } = 3;
    /// <summary>A spike is at least this many negatives...</summary>
    [Id(4)] public int SpikeCount { get; init; } = 3;
    /// <summary>...within this span...</summary>
    [Id(5)] public TimeSpan SpikeWindow { get; init; } = TimeSpan.FromMinutes(2);
    /// <summary>...and more than this multiple of the group's usual negatives per span.</summary>
    [Id(6)] public double SpikeBaselineFactor { get; init; } = 2.0;
    /// <summary>The span over which the current message rate is measured (quiet-group cue).</summary>
    [Id(7)] public TimeSpan RateWindow { get; init; } = TimeSpan.FromMinutes(5);
    /// <summary>Bound on messages kept in the window for one very busy group.</summary>
    [Id(8)] public int MaxMessages { get; init; } = 2_000;
    /// <summary>Bound on quotes (negatives, open questions) a snapshot carries.</summary>
    [Id(9)] public int MaxQuotes { get; init; } = 20;

    public static MoodOptions Default { get; } = new();
}
