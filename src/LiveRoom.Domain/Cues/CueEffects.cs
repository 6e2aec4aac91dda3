using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// Cue effectiveness, kept simple and honest: for each acknowledged cue whose "after" window has
/// fully passed, the group's sign-ups, orders and messages in the <c>N</c> whole minutes after the
/// acknowledgement's minute against the <c>N</c> whole minutes before it (the minute of the
/// acknowledgement itself is in neither). It is a before/after comparison, not a causal one:
/// announcements, T0 and other cues in the same window move the same counts.
/// </summary>
public static class CueEffects
{
    /// <summary>At most this many cues are measured: the most recent ones, so a read costs a bounded number of group reads.</summary>
    public const int MaxMeasured = 500;

    /// <summary>The most recent acknowledged cues whose "after" window (plus the acknowledgement's minute) has passed.</summary>
    public static List<CueRecord> Measurable(IEnumerable<CueRecord> newestFirst, int minutes, DateTimeOffset now) =>
        newestFirst.Where(r => r.AcknowledgedAt is { } a && a.AddMinutes(minutes + 1) < now).Take(MaxMeasured).ToList();

    public static IReadOnlyList<CueEffect> Measure(IEnumerable<CueRecord> cues, Func<string, MinuteSeries?> seriesOf, int minutes, DateTimeOffset now)
    {
        var current = UnixMinute.Of(now);
        var rows = new Dictionary<CueKind, int[]>();
        foreach (var r in cues)
        {
            if (r.AcknowledgedAt is not { } ack) continue;
            var a = UnixMinute.Of(ack);
            if (a + minutes >= current) continue; // the after window is not complete yet
            if (seriesOf(r.Cue.GroupId) is not { } series) continue;
            if (!rows.TryGetValue(r.Cue.Kind, out var sums)) rows[r.Cue.Kind] = sums = new int[7];
            sums[0]++;
            for (var i = 1; i <= minutes; i++)
            {
                var before = series[a - i];
                var after = series[a + i];
                sums[1] += before.Signups; sums[2] += after.Signups;
                sums[3] += before.Orders; sums[4] += after.Orders;
                sums[5] += before.Messages; sums[6] += after.Messages;
            }
        }
        return rows.OrderBy(p => p.Key)
            .Select(p => new CueEffect(p.Key, p.Value[0], p.Value[1], p.Value[2], p.Value[3], p.Value[4], p.Value[5], p.Value[6]))
            .ToList();
    }

    public static MinuteSeries SeriesOf(IEnumerable<SeriesPoint> points)
    {
        var series = new MinuteSeries();
        foreach (var p in points) series.Add(p.Minute, p.Counts);
        return series;
    }
}
