using LiveRoom.Domain.Timeline;

namespace LiveRoom.Web.Timeline;

/// <summary>
/// The timeline page's model: the newest <see cref="Capacity"/> entries read so far, and the
/// filtered list newest first. Older entries stay in the export; a page showing more than a few
/// thousand rows helps no one during a launch.
/// </summary>
public sealed class TimelineView
{
    public const int Capacity = 5000;
    public const int Shown = 500;

    private readonly LinkedList<TimelineEntry> _entries = new();

    /// <summary>The sequence to read from next.</summary>
    public long Next { get; private set; }

    public long Total { get; private set; }

    public TimelineKind? Kind { get; set; }
    public string? Actor { get; set; }
    public string? Group { get; set; }

    public IEnumerable<string> Actors => _entries.Select(e => e.Actor).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>Adds a page read from the grain; returns whether anything was new.</summary>
    public bool Add(TimelineSlice page)
    {
        Total = page.Total;
        if (page.Entries.Count == 0) return false;
        foreach (var e in page.Entries)
        {
            _entries.AddFirst(e);
            if (_entries.Count > Capacity) _entries.RemoveLast();
        }
        Next = page.Next;
        return true;
    }

    /// <summary>Newest first, at most <see cref="Shown"/>.</summary>
    public IReadOnlyList<TimelineEntry> Filtered()
    {
        var actor = string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim();
        var group = string.IsNullOrWhiteSpace(Group) ? null : Group.Trim();
        return _entries
            .Where(e => Kind is null || e.Kind == Kind)
            .Where(e => actor is null || string.Equals(e.Actor, actor, StringComparison.Ordinal))
            .Where(e => group is null || e.GroupIds.Contains(group, StringComparer.Ordinal))
            .Take(Shown)
            .ToList();
    }
}
