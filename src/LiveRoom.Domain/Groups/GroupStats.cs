namespace LiveRoom.Domain.Groups;

/// <summary>
/// A group's absolute totals. Reports carry absolute values with a version, so a report that is
/// lost, repeated or overtaken is harmless: the newest version wins.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.GroupStats.v1")]
public sealed record GroupStats
{
    [Id(0)] public long Version { get; init; }
    [Id(1)] public long PageViews { get; init; }
    [Id(2)] public int UniqueVisitors { get; init; }
    [Id(3)] public int Orders { get; init; }
    [Id(4)] public decimal Gmv { get; init; }
    [Id(5)] public int Signups { get; init; }
    [Id(6)] public int Members { get; init; }
    [Id(7)] public int Joins { get; init; }
    [Id(8)] public int Leaves { get; init; }
    [Id(9)] public int Messages { get; init; }
    [Id(10)] public DateTimeOffset? LastActivityAt { get; init; }
    [Id(11)] public IReadOnlyDictionary<string, int> SoldBySku { get; init; } = new Dictionary<string, int>();
    /// <summary>The chat's mood (for the leaderboard's indicator).</summary>
    [Id(12)] public Chat.MoodLevel Mood { get; init; }
    /// <summary>Sale-page errors reported by the beacon for this group's link, the last one's time and "code: message".</summary>
    [Id(13)] public long PageErrors { get; init; }
    [Id(14)] public DateTimeOffset? LastPageErrorAt { get; init; }
    [Id(15)] public string? LastPageError { get; init; }
}
