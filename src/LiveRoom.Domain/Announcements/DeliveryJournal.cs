using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Announcements;

/// <summary>
/// Collects delivery outcomes between writes and turns them into one timeline entry per
/// announcement and outcome (never one per group): "delivered to 312 groups", "dead letter: 2 groups",
/// and for staff-posted groups "late in 3 groups" (an alert) and "posted by 小美 in 2 groups".
/// </summary>
public sealed class DeliveryJournal
{
    private enum Outcome { Sent, Failed, Late, Posted }

    /// <summary>Keyed by announcement, outcome and (for posted) the person, whose name the entry carries.</summary>
    private readonly Dictionary<(string Announcement, Outcome Outcome, string? Person), (List<string> Groups, string? Error)> _open = [];

    public void Sent(OutboundMessage m) => Add(m, Outcome.Sent, null, null);

    public void Failed(OutboundMessage m, string? error) => Add(m, Outcome.Failed, null, error);

    /// <summary>A staff-posted notice nobody posted in time: an alert for the operator, not a receipt.</summary>
    public void Late(OutboundMessage m) => Add(m, Outcome.Late, null, null);

    public void Posted(OutboundMessage m, string person) => Add(m, Outcome.Posted, person, null);

    private void Add(OutboundMessage m, Outcome outcome, string? person, string? error)
    {
        if (!_open.TryGetValue((m.AnnouncementId, outcome, person), out var e)) _open[(m.AnnouncementId, outcome, person)] = e = ([], error);
        e.Groups.Add(m.GroupId);
    }

    public IReadOnlyList<TimelineEntry> Drain(DateTimeOffset now)
    {
        var entries = _open.Select(kv =>
        {
            var (announcement, outcome, person) = kv.Key;
            var groups = kv.Value.Groups.Count;
            var text = outcome switch
            {
                Outcome.Sent => AnnouncementLog.Delivered(announcement, groups),
                Outcome.Failed => AnnouncementLog.DeadLettered(announcement, groups, kv.Value.Error),
                Outcome.Late => AnnouncementLog.StaffLate(announcement, groups),
                _ => AnnouncementLog.StaffPosted(announcement, groups, person!),
            };
            return new TimelineEntry
            {
                At = now, Kind = outcome == Outcome.Late ? TimelineKind.Alert : TimelineKind.Delivery,
                Action = text.Code, Args = text.Args, GroupIds = kv.Value.Groups, RefId = announcement, Actor = person ?? TimelineActors.System,
            };
        }).ToList();
        _open.Clear();
        return entries;
    }
}
