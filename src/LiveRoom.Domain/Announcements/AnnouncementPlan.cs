namespace LiveRoom.Domain.Announcements;

/// <summary>A launch's countdown plan and its missed-while-down policy.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.AnnouncementPlan.v1")]
public sealed record AnnouncementPlan
{
    [Id(0)] public IReadOnlyList<ScheduleEntry> Entries { get; init; } = [];
    /// <summary>
    /// An occurrence found overdue (node down, plan paused) is still sent, marked late, if it is at
    /// most this old; older ones are skipped and recorded. "T-10m" posted 20 minutes late is wrong.
    /// </summary>
    [Id(1)] public TimeSpan LateWindow { get; init; } = TimeSpan.FromMinutes(2);

    public static readonly AnnouncementPlan Empty = new();
}
