using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Posting;

/// <summary>
/// The rules of staff-posted groups (<see cref="ChannelKind.StaffPost"/>): a notice is due to the
/// group's owner and assistants from the moment it is queued, turns late when nobody tapped 已发
/// within <c>lateAfter</c>, and is posted once (the first tap wins; a repeat changes nothing).
/// </summary>
public static class StaffPostRules
{
    /// <summary>The documented default of <c>LiveRoom:Outbox:StaffPostLateAfter</c>.</summary>
    public static readonly TimeSpan DefaultLateAfter = TimeSpan.FromMinutes(2);

    public static bool IsStaffPost(OutboundMessage m) => m.Channel.Kind == ChannelKind.StaffPost;

    /// <summary>When a due notice turns late: its due time (when it was queued) plus the allowance.</summary>
    public static DateTimeOffset LateAt(OutboxItem item, TimeSpan lateAfter) => item.Message.QueuedAt + lateAfter;

    /// <summary>A due notice past its allowance turns late (once); returns whether it did now.</summary>
    public static bool TurnLateIfDue(OutboxItem item, DateTimeOffset now, TimeSpan lateAfter)
    {
        if (item.Status != DeliveryStatus.Due || now < LateAt(item, lateAfter)) return false;
        (item.Status, item.LateAt) = (DeliveryStatus.Late, now);
        return true;
    }

    /// <summary>
    /// A person tapped 已发. Due or late becomes posted with their name and the time; a repeat (the
    /// same or another person, a retried request) keeps the first mark; a cancelled notice stays cancelled.
    /// </summary>
    public static PostOutcome Post(OutboxItem item, string person, DateTimeOffset now)
    {
        if (item.Status == DeliveryStatus.Posted) return PostOutcome.AlreadyPosted;
        if (!item.AwaitsStaff) return PostOutcome.Closed;
        (item.Status, item.PostedBy, item.SentAt, item.Error) = (DeliveryStatus.Posted, person, now, null);
        return PostOutcome.Posted;
    }

    /// <summary>Whose page a group's notices go to: its owner and its assistants.</summary>
    public static bool IsStaffOf(GroupRegistration group, string person) =>
        group.Owner == person || group.Assistants.Contains(person, StringComparer.Ordinal);

    /// <summary>The staff-posted groups a person posts to, in registration order.</summary>
    public static IReadOnlyList<GroupRegistration> GroupsOf(IEnumerable<GroupRegistration> groups, string person) =>
        groups.Where(g => g.Channel?.Kind == ChannelKind.StaffPost && IsStaffOf(g, person)).ToList();

    /// <summary>Everyone who can have a posting link: owners and assistants of staff-posted groups, sorted.</summary>
    public static IReadOnlyList<string> People(IEnumerable<GroupRegistration> groups) =>
        groups.Where(g => g.Channel?.Kind == ChannelKind.StaffPost)
            .SelectMany(g => (g.Owner is { Length: > 0 } o ? [o] : Array.Empty<string>()).Concat(g.Assistants))
            .Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The page's order on a phone with many groups: late first (the longest late at the top), then
    /// due (the one due first, i.e. waiting longest, first), then what is posted (newest first).
    /// </summary>
    public static IReadOnlyList<StaffNotice> PageOrder(IEnumerable<StaffNotice> notices) =>
        notices.OrderBy(n => n.Status switch { DeliveryStatus.Late => 0, DeliveryStatus.Due => 1, _ => 2 })
            .ThenBy(n => n.Status == DeliveryStatus.Posted ? -(n.PostedAt ?? n.DueAt).UtcTicks : n.DueAt.UtcTicks)
            .ThenBy(n => n.GroupId, StringComparer.Ordinal)
            .ToList();
}
