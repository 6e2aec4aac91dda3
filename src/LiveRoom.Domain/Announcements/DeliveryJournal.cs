using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Announcements;

/// <summary>
/// Collects delivery outcomes between writes and turns them into one timeline entry per
/// announcement and outcome (never one per group): "delivered to 312 groups", "dead letter: 2 groups".
/// </summary>
public sealed class DeliveryJournal
{
    private readonly Dictionary<(string Announcement, bool Sent), (List<string> Groups, string? Error)> _open = [];

    public void Sent(OutboundMessage m) => Add(m, true, null);

    public void Failed(OutboundMessage m, string? error) => Add(m, false, error);

    private void Add(OutboundMessage m, bool sent, string? error)
    {
        if (!_open.TryGetValue((m.AnnouncementId, sent), out var e)) _open[(m.AnnouncementId, sent)] = e = ([], error);
        e.Groups.Add(m.GroupId);
    }

    public IReadOnlyList<TimelineEntry> Drain(DateTimeOffset now)
    {
        var entries = _open.Select(kv =>
        {
            var text = kv.Key.Sent
                ? AnnouncementLog.Delivered(kv.Key.Announcement, kv.Value.Groups.Count)
                : AnnouncementLog.DeadLettered(kv.Key.Announcement, kv.Value.Groups.Count, kv.Value.Error);
            return new TimelineEntry
            {
                At = now, Kind = TimelineKind.Delivery, Action = text.Code, Args = text.Args, GroupIds = kv.Value.Groups, RefId = kv.Key.Announcement,
            };
        }).ToList();
        _open.Clear();
        return entries;
    }
}
