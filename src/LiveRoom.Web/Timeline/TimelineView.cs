using LiveRoom.Domain.Timeline;

namespace LiveRoom.Web.Timeline;

/// <summary>
/// The timeline page's model: the newest <see cref="Capacity"/> entries read so far, and the
/// filtered list newest first. Older entries stay in the export; a page showing more than a few
/// thousand rows helps no one during a launch.
/// <para>
/// Made for reading: routine receipts (delivery receipts, one per group and announcement, and the
/// members' cue acknowledgements and "done") are hidden unless the operator switches them on or
/// filters on their kind, and repeated alerts and cue bursts fold into one row "×N"
/// (<see cref="Rows"/>). In the demo's first ten minutes receipts and cue entries were four in five
/// of all entries. Folding is done here, at the reader, not by the producers: the stored timeline
/// keeps every entry with its own time for the export and the review's counts and cue waits, and
/// the page alone decides what is noise.
/// </para>
/// </summary>
public sealed class TimelineView
{
    public const int Capacity = 5000;
    public const int Shown = 500;

    private readonly LinkedList<TimelineEntry> _entries = new();

    /// <summary>The sequence to read from next.</summary>
    public long Next { get; private set; }

    public long Total { get; private set; }

    /// <summary>Alike entries (see <see cref="FoldKey"/>), each within this long of the next newer one, fold into one row.</summary>
    public static readonly TimeSpan FoldWindow = TimeSpan.FromMinutes(5);

    public TimelineKind? Kind { get; set; }
    /// <summary>Off by default: receipts drown the actions and alerts during a broadcast or a cue burst.</summary>
    public bool ShowReceipts { get; set; }
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
    public IReadOnlyList<TimelineEntry> Filtered() => Matching().Take(Shown).ToList();

    /// <summary>Receipts read so far that the default view hides (0 when they are shown).</summary>
    public int HiddenReceipts => ReceiptsHidden ? _entries.Count(IsReceipt) : 0;

    /// <summary>
    /// The page's rows, newest first, at most <see cref="Shown"/>: alike entries fold into the row of
    /// the newest while each is within <see cref="FoldWindow"/> of the previous one, even with other
    /// entries between them (a group flapping every tick is one row, so is a burst of 晒单 cues).
    /// </summary>
    public IReadOnlyList<TimelineRow> Rows()
    {
        var rows = new List<TimelineRow>();
        var open = new Dictionary<(string Action, string Subject), int>();
        foreach (var e in Matching())
        {
            if (FoldKey(e) is { } key)
            {
                if (open.TryGetValue(key, out var i) && rows[i].OldestAt - e.At <= FoldWindow)
                {
                    rows[i] = rows[i] with { Count = rows[i].Count + 1, OldestAt = e.At };
                    continue;
                }
                if (rows.Count == Shown) break;
                open[key] = rows.Count;
            }
            else if (rows.Count == Shown) break;
            rows.Add(new TimelineRow(e, 1, e.At));
        }
        return rows;
    }

    /// <summary>
    /// What makes entries alike: an alert's action and groups (one group's flapping, not two groups'
    /// alerts); a cue entry's action and cue kind (the groups of a burst are in the export).
    /// Operator actions, announcements and incidents never fold: each one matters.
    /// </summary>
    private static (string Action, string Subject)? FoldKey(TimelineEntry e) => e.Kind switch
    {
        TimelineKind.Alert => (e.Action, string.Join('\n', e.GroupIds)),
        TimelineKind.Cue => (e.Action, e.Args.GetValueOrDefault("kind") ?? ""),
        _ => null,
    };

    /// <summary>Receipts: a delivery, or a member's acknowledgement or "done" of a cue.</summary>
    private static bool IsReceipt(TimelineEntry e) =>
        e.Kind == TimelineKind.Delivery || e.Action is TimelineActions.CueAcknowledged or TimelineActions.CueDone;

    private bool ReceiptsHidden => !ShowReceipts && Kind is not (TimelineKind.Delivery or TimelineKind.Cue);

    private IEnumerable<TimelineEntry> Matching()
    {
        var actor = string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim();
        var group = string.IsNullOrWhiteSpace(Group) ? null : Group.Trim();
        var hideReceipts = ReceiptsHidden;
        return _entries
            .Where(e => Kind is null || e.Kind == Kind)
            .Where(e => !hideReceipts || !IsReceipt(e))
            .Where(e => actor is null || string.Equals(e.Actor, actor, StringComparison.Ordinal))
            .Where(e => group is null || e.GroupIds.Contains(group, StringComparer.Ordinal));
    }
}
