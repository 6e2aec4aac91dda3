using LiveRoom.Domain.Aggregation;

namespace LiveRoom.Grains.Groups;

/// <summary>
/// Per-silo batching of group reports: group grains drop their report here and the flusher sends
/// each launch one call per flush with every group that changed, so a launch grain's load is
/// bounded by silos × flush rate whatever the number of groups or events.
/// </summary>
public sealed class GroupReportBuffer
{
    private readonly Lock _gate = new();
    private Dictionary<string, Dictionary<string, GroupReport>> _byLaunch = new(StringComparer.Ordinal);

    public void Add(string launchId, GroupReport report)
    {
        lock (_gate)
        {
            if (!_byLaunch.TryGetValue(launchId, out var groups))
                _byLaunch[launchId] = groups = new Dictionary<string, GroupReport>(StringComparer.Ordinal);
            groups[report.GroupId] = groups.TryGetValue(report.GroupId, out var earlier) ? earlier.Merge(report) : report;
        }
    }

    public IReadOnlyList<(string LaunchId, IReadOnlyList<GroupReport> Reports)> Drain()
    {
        Dictionary<string, Dictionary<string, GroupReport>> taken;
        lock (_gate)
        {
            if (_byLaunch.Count == 0) return [];
            taken = _byLaunch;
            _byLaunch = new Dictionary<string, Dictionary<string, GroupReport>>(StringComparer.Ordinal);
        }
        return taken.Select(kv => (kv.Key, (IReadOnlyList<GroupReport>)kv.Value.Values.ToList())).ToList();
    }
}
