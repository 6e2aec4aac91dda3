using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// When sale-page errors reported by the beacon mean "the page is broken", not "one phone had a bad
/// moment": while Live, at least <see cref="MinErrors"/> errors in the last <see cref="WindowMinutes"/>
/// whole minutes (plus the current one) and coming from at least <see cref="MinGroups"/> groups' links.
/// Requiring several groups keeps a single member's broken browser from paging the crisis handler.
/// Configured under <c>LiveRoom:Playbooks:PageErrors</c>.
/// </summary>
public sealed record PageErrorRule
{
    public int MinErrors { get; init; } = 10;
    public int MinGroups { get; init; } = 3;
    public int WindowMinutes { get; init; } = 1;

    /// <summary>The errors and groups in the window when the rule holds, else null.</summary>
    public PageErrorSignal? Evaluate(LaunchPhase phase, IEnumerable<GroupRow> rows, IReadOnlyDictionary<long, MinuteBucket> series, DateTimeOffset now)
    {
        if (phase != LaunchPhase.Live) return null;
        var nowMinute = UnixMinute.Of(now);
        var errors = 0;
        for (var m = nowMinute - WindowMinutes; m <= nowMinute; m++)
            errors += series.TryGetValue(m, out var b) ? b.PageErrors : 0;
        if (errors < MinErrors) return null;
        // The launch series counts errors per minute; a group's last error time says whether it is among them.
        var since = UnixMinute.Start(nowMinute - WindowMinutes);
        var groups = rows.Where(r => r.LastPageErrorAt >= since).ToList();
        if (groups.Count < MinGroups) return null;
        var latest = groups.MaxBy(r => r.LastPageErrorAt)!;
        return new PageErrorSignal(errors, groups.Select(g => g.Id).Order(StringComparer.Ordinal).ToList(), latest.LastPageError);
    }
}
