namespace LiveRoom.Domain.Announcements;

/// <summary>
/// Decides which entries are due, from T0, the clock and how many occurrences of each entry were
/// already handled (<c>done</c>). Times are always derived from the current T0, so moving T0
/// re-plans every pending entry; handled occurrences are never sent again.
/// Missed-while-down policy: an occurrence at most <see cref="AnnouncementPlan.LateWindow"/> old is
/// sent marked late; older ones are skipped (and the caller records them). Of several missed
/// occurrences of a repeating entry only the newest can be sent: the older ones carry stale numbers.
/// </summary>
public static class AnnouncementPlanner
{
    /// <summary>Within this of its time an occurrence counts as on time (timer jitter, a slow tick).</summary>
    public static readonly TimeSpan OnTimeSlack = TimeSpan.FromSeconds(5);

    public static PlanDecision Decide(
        AnnouncementPlan plan, DateTimeOffset t0, DateTimeOffset endsAt, DateTimeOffset now,
        IReadOnlyDictionary<string, int> done, bool stockRemains)
    {
        var due = new List<DueOccurrence>();
        var skipped = new List<DueOccurrence>();
        var newDone = new Dictionary<string, int>(done, StringComparer.Ordinal);
        DateTimeOffset? next = null;

        foreach (var entry in plan.Entries)
        {
            if (entry.Cancelled) continue;
            var handled = done.GetValueOrDefault(entry.Id);
            var first = t0 + entry.Offset;
            if (entry.RepeatEvery is not { } every || every <= TimeSpan.Zero)
            {
                if (handled > 0) continue;
                if (first > now) { next = Min(next, first); continue; }
                Classify(new DueOccurrence(entry.Id, 0, first, false), now, plan.LateWindow, due, skipped);
                newDone[entry.Id] = 1;
                continue;
            }

            // Repeating: occurrences first + k·every while before the end of the launch.
            var lastDue = now < first ? -1 : (int)Math.Min(int.MaxValue - 1, (now - first).Ticks / every.Ticks);
            var lastInLaunch = endsAt <= first ? -1 : (int)Math.Min(int.MaxValue - 1, (endsAt - first - TimeSpan.FromTicks(1)).Ticks / every.Ticks);
            lastDue = Math.Min(lastDue, lastInLaunch);
            if (lastDue >= handled)
            {
                if (stockRemains)
                {
                    for (var k = handled; k < lastDue; k++) skipped.Add(new DueOccurrence(entry.Id, k, first + every * k, true));
                    Classify(new DueOccurrence(entry.Id, lastDue, first + every * lastDue, false), now, plan.LateWindow, due, skipped);
                }
                newDone[entry.Id] = lastDue + 1;
            }
            var upcoming = Math.Max(handled, lastDue + 1);
            if (upcoming <= lastInLaunch && stockRemains) next = Min(next, first + every * upcoming);
        }
        return new PlanDecision(due, skipped, newDone, next);
    }

    private static void Classify(DueOccurrence o, DateTimeOffset now, TimeSpan lateWindow, List<DueOccurrence> due, List<DueOccurrence> skipped)
    {
        var lag = now - o.ScheduledAt;
        if (lag <= OnTimeSlack) due.Add(o);
        else if (lag <= lateWindow) due.Add(o with { Late = true });
        else skipped.Add(o with { Late = true });
    }

    private static DateTimeOffset Min(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x < b ? x : b;

    /// <summary>Every future occurrence up to <paramref name="until"/>, for the dashboard's plan timeline.</summary>
    public static IEnumerable<DueOccurrence> Upcoming(AnnouncementPlan plan, DateTimeOffset t0, DateTimeOffset endsAt,
        IReadOnlyDictionary<string, int> done, int maxPerEntry = 5)
    {
        foreach (var entry in plan.Entries.Where(e => !e.Cancelled))
        {
            var handled = done.GetValueOrDefault(entry.Id);
            var first = t0 + entry.Offset;
            if (entry.RepeatEvery is not { } every || every <= TimeSpan.Zero)
            {
                if (handled == 0) yield return new DueOccurrence(entry.Id, 0, first, false);
                continue;
            }
            for (var k = handled; k < handled + maxPerEntry && first + every * k < endsAt; k++)
                yield return new DueOccurrence(entry.Id, k, first + every * k, false);
        }
    }
}
