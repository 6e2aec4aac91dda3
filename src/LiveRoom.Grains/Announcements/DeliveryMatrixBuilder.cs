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
        foreach (var r in rows)
            if (index.TryGetValue(r.AnnouncementId, out var c) && byGroup.TryGetValue(r.GroupId, out var cells)) cells[c] = r.Status;
        return new DeliveryMatrix
        {
            Announcements = columns,
            Rows = groups.Select(g => new DeliveryMatrixRow(g.Id, g.Name, byGroup[g.Id])).ToList(),
            DeadLetters = rows.Where(r => r.Status == DeliveryStatus.Failed).OrderBy(r => r.GroupId, StringComparer.Ordinal).ToList(),
        };
    }
}
