using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Grains.Announcements;

/// <summary>Turns the outbox's per-delivery rows into the groups × announcements matrix.</summary>
public static class DeliveryMatrixBuilder
{
    public const int MaxColumns = 30;

    public static DeliveryMatrix Build(IReadOnlyList<Announcement> announcements, IReadOnlyList<GroupRegistration> groups, IReadOnlyList<DeliveryRow> rows)
    {
        var columns = announcements.TakeLast(MaxColumns).ToList();
        var index = columns.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var byGroup = groups.ToDictionary(g => g.Id, _ => new DeliveryStatus?[columns.Count], StringComparer.Ordinal);
        // Only staff-posted groups get marks: their cells need a person and a time to be truthful.
        var marks = groups.Where(g => g.Channel?.Kind == ChannelKind.StaffPost)
            .ToDictionary(g => g.Id, _ => new StaffPostMark?[columns.Count], StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (!index.TryGetValue(r.AnnouncementId, out var c) || !byGroup.TryGetValue(r.GroupId, out var cells)) continue;
            cells[c] = r.Status;
            if (marks.TryGetValue(r.GroupId, out var m) && (r.PostedBy is not null || r.LateAt is not null))
                m[c] = new StaffPostMark(r.PostedBy, r.Status == DeliveryStatus.Posted ? r.SentAt : null, r.LateAt);
        }
        return new DeliveryMatrix
        {
            Announcements = columns,
            Rows = groups.Select(g => new DeliveryMatrixRow(g.Id, g.Name, byGroup[g.Id], marks.GetValueOrDefault(g.Id))).ToList(),
            DeadLetters = rows.Where(r => r.Status == DeliveryStatus.Failed).OrderBy(r => r.GroupId, StringComparer.Ordinal).ToList(),
        };
    }
}
