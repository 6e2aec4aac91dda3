namespace LiveRoom.Domain.Announcements;

/// <summary>One firing of a schedule entry: occurrence <see cref="Index"/> (0 for one-shot entries) due at <see cref="ScheduledAt"/>.</summary>
public sealed record DueOccurrence(string EntryId, int Index, DateTimeOffset ScheduledAt, bool Late)
{
    /// <summary>Stable per entry and occurrence: re-planning or a restart never makes a second announcement of it.</summary>
    public string AnnouncementId => $"{EntryId}#{Index}";
}
