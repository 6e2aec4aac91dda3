using LiveRoom.Domain.Announcements;

namespace LiveRoom.Grains.Announcements;

[GenerateSerializer, Alias("LiveRoom.AnnouncementsState.v1")]
public sealed class AnnouncementsState
{
    [Id(0)] public AnnouncementPlan Plan { get; set; } = AnnouncementPlan.Empty;
    /// <summary>Entry id → occurrences handled (queued or skipped); the planner never hands them out again.</summary>
    [Id(1)] public Dictionary<string, int> Done { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public bool Paused { get; set; }
    [Id(3)] public string? PausedBy { get; set; }
    [Id(4)] public string? PauseReason { get; set; }
    /// <summary>The most recent announcements, oldest first (the matrix's columns).</summary>
    [Id(5)] public List<Announcement> Announcements { get; set; } = [];
    /// <summary>Idempotency key of an ad-hoc broadcast → its receipt.</summary>
    [Id(6)] public Dictionary<string, BroadcastReceipt> Broadcasts { get; set; } = new(StringComparer.Ordinal);
    [Id(7)] public int Skipped { get; set; }
}
