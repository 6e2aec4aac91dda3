using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Launches;

/// <summary>One line of the group leaderboard.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.GroupRow.v1")]
public sealed record GroupRow
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public GroupTier Tier { get; init; }
    [Id(3)] public string? Variant { get; init; }
    [Id(4)] public long PageViews { get; init; }
    [Id(5)] public int UniqueVisitors { get; init; }
    [Id(6)] public int Orders { get; init; }
    [Id(7)] public decimal Gmv { get; init; }
    [Id(8)] public int Signups { get; init; }
    [Id(9)] public int Members { get; init; }
    [Id(10)] public DateTimeOffset? LastActivityAt { get; init; }
    /// <summary>No activity for the silence window while the launch is counting down or selling.</summary>
    [Id(11)] public bool Silent { get; init; }
    /// <summary>Why the group needs attention, or null (e.g. "leave_wave").</summary>
    [Id(12)] public string? Alert { get; init; }
    /// <summary>The chat's mood, from the group's last report.</summary>
    [Id(13)] public Chat.MoodLevel Mood { get; init; }
    /// <summary>Sale-page errors reported from this group's link (beacon), the last one's time and "code: message".</summary>
    [Id(14)] public long PageErrors { get; init; }
    [Id(15)] public DateTimeOffset? LastPageErrorAt { get; init; }
    [Id(16)] public string? LastPageError { get; init; }
}
