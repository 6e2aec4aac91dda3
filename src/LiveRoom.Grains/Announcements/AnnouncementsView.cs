using LiveRoom.Domain.Announcements;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Announcements;

[GenerateSerializer, Immutable, Alias("LiveRoom.AnnouncementsView.v1")]
public sealed record AnnouncementsView
{
    [Id(0)] public AnnouncementPlan Plan { get; init; } = AnnouncementPlan.Empty;
    [Id(1)] public bool Paused { get; init; }
    [Id(2)] public string? PausedBy { get; init; }
    [Id(3)] public string? PauseReason { get; init; }
    [Id(4)] public IReadOnlyList<Announcement> Announcements { get; init; } = [];
    /// <summary>Future occurrences, soonest first.</summary>
    [Id(5)] public IReadOnlyList<UpcomingAnnouncement> Upcoming { get; init; } = [];
    [Id(6)] public DateTimeOffset? StartsAt { get; init; }
    [Id(7)] public int Skipped { get; init; }
}
