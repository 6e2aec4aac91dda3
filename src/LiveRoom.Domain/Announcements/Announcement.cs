namespace LiveRoom.Domain.Announcements;

/// <summary>One announcement made (scheduled occurrence or ad-hoc broadcast): a column of the delivery matrix.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.Announcement.v1")]
public sealed record Announcement
{
    [Id(0)] public required string Id { get; init; }
    /// <summary>The plan entry it came from; null for an ad-hoc broadcast.</summary>
    [Id(1)] public string? EntryId { get; init; }
    [Id(2)] public required string Template { get; init; }
    [Id(3)] public AnnouncementTarget Target { get; init; } = AnnouncementTarget.All;
    [Id(4)] public DateTimeOffset ScheduledAt { get; init; }
    [Id(5)] public DateTimeOffset QueuedAt { get; init; }
    [Id(6)] public bool Late { get; init; }
    [Id(7)] public string Actor { get; init; } = "system";
    [Id(8)] public int Groups { get; init; }
    [Id(9)] public MessageFormat Format { get; init; }
    /// <summary>Label for the matrix header: "T-10m", "T+2m", "即时".</summary>
    [Id(10)] public string Label { get; init; } = "";
}
