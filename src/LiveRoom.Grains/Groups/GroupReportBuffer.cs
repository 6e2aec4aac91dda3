using LiveRoom.Domain.Groups;

namespace LiveRoom.Grains.Groups;

/// <summary>
/// Per-silo batching of group reports: group grains drop their report here and the flusher sends
/// each launch one call per flush with every group that changed, so a launch grain's load is
/// bounded by silos × flush rate whatever the number of groups or events.
/// <para>
/// Striped by group: with chat spread over 10,000 groups every message ends in a report, and one
/// lock over the whole buffer was the most contended lock of the chat benchmark (stage g). A group
/// always lands in the same stripe, so a drain needs no merging across stripes.
/// </para>
/// </summary>
public sealed class GroupReportBuffer
{
    private readonly Stripe[] _stripes = Enumerable.Range(0, StripeCount).Select(_ => new Stripe()).ToArray();

    private const int StripeCount = 16;

    public void Add(string launchId, GroupReport report)
    {
        var stripe = _stripes[(int)((uint)report.GroupId.GetHashCode() % StripeCount)];
        lock (stripe.Gate)
        {
            if (!stripe.ByLaunch.TryGetValue(launchId, out var groups))
                stripe.ByLaunch[launchId] = groups = new Dictionary<string, GroupReport>(StringComparer.Ordinal);
            groups[report.GroupId] = groups.TryGetValue(report.GroupId, out var earlier) ? earlier.Merge(report) : report;
        }
    }

    /// <summary>
    /// Puts back the reports of a flush that failed (the launch grain's node died, say): the newest
    /// version of each group still wins whatever arrived meanwhile, so nothing a group said is lost
    /// while its next event or snapshot may be far away.
    /// </summary>
    public void Requeue(string launchId, IReadOnlyList<GroupReport> reports)
    {
        foreach (var report in reports) Add(launchId, report);
    }

    public IReadOnlyList<(string LaunchId, IReadOnlyList<GroupReport> Reports)> Drain()
    {
        var byLaunch = new Dictionary<string, List<GroupReport>>(StringComparer.Ordinal);
        foreach (var stripe in _stripes)
        {
            Dictionary<string, Dictionary<string, GroupReport>> taken;
            lock (stripe.Gate)
            {
                if (stripe.ByLaunch.Count == 0) continue;
                taken = stripe.ByLaunch;
                stripe.ByLaunch = new Dictionary<string, Dictionary<string, GroupReport>>(StringComparer.Ordinal);
            }
            foreach (var (launchId, groups) in taken)
            {
                if (!byLaunch.TryGetValue(launchId, out var reports)) byLaunch[launchId] = reports = new List<GroupReport>(groups.Count);
                reports.AddRange(groups.Values);
            }
        }
        return byLaunch.Select(kv => (kv.Key, (IReadOnlyList<GroupReport>)kv.Value)).ToList();
    }

    private sealed class Stripe
    {
        public readonly Lock Gate = new();
        public Dictionary<string, Dictionary<string, GroupReport>> ByLaunch = new(StringComparer.Ordinal);
    }
}
