using LiveRoom.Domain.Sources;

namespace LiveRoom.Grains.Sources;

/// <summary>A source's counters as of one moment (see <see cref="SourceCounters"/>).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.SourceStats.v1")]
public sealed record SourceStats
{
    [Id(0)] public DateTimeOffset? LastEventAt { get; init; }
    [Id(1)] public int EventsPerMinute { get; init; }
    [Id(2)] public long Accepted { get; init; }
    [Id(3)] public long Duplicates { get; init; }
    [Id(4)] public long Unmatched { get; init; }
    [Id(5)] public long Ignored { get; init; }
    [Id(6)] public long Refused { get; init; }
    [Id(7)] public required IReadOnlyDictionary<string, long> RefusedByReason { get; init; }
    [Id(8)] public long SignatureFailures { get; init; }
    [Id(9)] public required IReadOnlyList<UnmatchedExample> UnmatchedExamples { get; init; }
    /// <summary>When the last signature storm was alerted, while it is shown (<see cref="SignatureStormRule.Cooldown"/>); else null.</summary>
    [Id(10)] public DateTimeOffset? SignatureStormAt { get; init; }
    /// <summary>WeChat shop: failed order fetches (each attempt) by reason, and orders still waiting to be fetched.</summary>
    [Id(11)] public long FetchFailures { get; init; }
    [Id(12)] public IReadOnlyDictionary<string, long> FetchFailuresByReason { get; init; } = new Dictionary<string, long>();
    [Id(13)] public int PendingFetches { get; init; }
}
