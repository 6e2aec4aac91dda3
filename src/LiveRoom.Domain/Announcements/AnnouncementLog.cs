using System.Globalization;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Announcements;

/// <summary>
/// The sentences announcements leave in the launch timeline, as codes and arguments
/// (<see cref="ServerText"/>); the dashboard has the words (<c>text.{code}</c> in the web's
/// AnnouncementTexts). Each code is also the entry's action, which the review and tests look for.
/// <c>notice</c> is the announcement's label on the plan's axis ("T-2m") or its id.
/// </summary>
public static class AnnouncementLog
{
    /// <summary>
    /// <c>late</c> "true" reads as "(late)" (<c>ann.late.*</c>); the target is its kind
    /// (<c>ann.queuedTo.*</c>) with the tier or the variant when it has one.
    /// </summary>
    public static ServerText Queued(Announcement a) => ServerText.Of("announcement.queued",
        ("notice", a.Label), ("late", a.Late ? "true" : "false"), ("groups", a.Groups),
        ("target", a.Target.Kind), ("tier", a.Target.Kind == TargetKind.Tier ? a.Target.Tier : null), ("variant", a.Target.Kind == TargetKind.Variant ? a.Target.Variant : null));

    /// <summary>A missed occurrence past the catch-up window; <c>scheduled</c> is the planned time (UTC, HH:mm:ss).</summary>
    public static ServerText Skipped(DueOccurrence skipped) => ServerText.Of("announcement.skipped",
        ("notice", skipped.AnnouncementId), ("scheduled", skipped.ScheduledAt.ToString("HH:mm:ss", CultureInfo.InvariantCulture)));

    /// <summary>The reason is the person's own words (or the pausing playbook's name).</summary>
    public static ServerText Paused(string reason) => ServerText.Of("announcement.paused", ("reason", reason));

    public static readonly ServerText Resumed = ServerText.Of("announcement.resumed");

    public static ServerText PlanSaved(int entries) => ServerText.Of("announcement.plan_saved", ("entries", entries));

    /// <summary>An entry cancelled, and how many of its queued deliveries were taken back.</summary>
    public static ServerText Cancelled(string label, string entryId, int held) =>
        ServerText.Of("announcement.cancelled", ("notice", label), ("entry", entryId), ("held", held));

    public static ServerText Resent(int count) => ServerText.Of("announcement.resent", ("count", count));

    public static ServerText Delivered(string announcementId, int groups) =>
        ServerText.Of("announcement.delivered", ("notice", announcementId), ("groups", groups));

    /// <summary>The error is the gateway's (or the last attempt's), as it answered.</summary>
    public static ServerText DeadLettered(string announcementId, int groups, string? error) =>
        ServerText.Of("announcement.dead_lettered", ("notice", announcementId), ("groups", groups), ("error", error));

    /// <summary>Staff-posted groups where nobody tapped 已发 in time: the operator is alerted.</summary>
    public static ServerText StaffLate(string announcementId, int groups) =>
        ServerText.Of("announcement.staff_late", ("notice", announcementId), ("groups", groups));

    /// <summary>A person marked the notice posted in their groups: their word, not a machine's receipt.</summary>
    public static ServerText StaffPosted(string announcementId, int groups, string person) =>
        ServerText.Of("announcement.staff_posted", ("notice", announcementId), ("groups", groups), ("person", person));
}
