using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Shared;
using LiveRoom.Grains.Groups;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Ingestion;

/// <summary>
/// Per-silo pre-aggregation of page views and page errors (principle 2 in docs/architecture.md: no hot grain): every ingest worker activation
/// of the silo adds here, and the flusher sends one partial per active group per flush interval,
/// so group grains see calls bounded by the clock, not by the traffic.
/// </summary>
public sealed class IngestBuffer(IOptions<PipelineOptions> options)
{
    private readonly Lock _gate = new();
    private readonly RecentIds _seen = new(options.Value.PageViewDedupWindow);
    private Dictionary<(string Launch, string Group), Partial> _partials = [];
    private List<(string Launch, string Group, TrafficDelta Delta)> _unsent = [];

    /// <summary>Adds page views and page errors; returns how many were replays of ids seen recently.</summary>
    public int Add(string launchId, IEnumerable<LaunchEvent> pageViews)
    {
        var duplicates = 0;
        // Hashed once per call, not per event: a batch is one launch.
        var launchHash = VisitorHash.Of(launchId);
        lock (_gate)
        {
            foreach (var e in pageViews)
            {
                if (!_seen.Add(launchHash ^ VisitorHash.Of(e.Id)))
                {
                    duplicates++;
                    continue;
                }
                var key = (launchId, e.GroupId!);
                if (!_partials.TryGetValue(key, out var p)) _partials[key] = p = new Partial();
                p.Add(e);
            }
        }
        return duplicates;
    }

    /// <summary>
    /// Keeps a partial that could not reach its group because the group's node died: it goes again
    /// with the next flush, to the group's new activation, instead of being lost with the node.
    /// </summary>
    public void Requeue(string launchId, string groupId, TrafficDelta delta)
    {
        lock (_gate) _unsent.Add((launchId, groupId, delta));
    }

    public IReadOnlyList<(string LaunchId, string GroupId, TrafficDelta Delta)> Drain()
    {
        Dictionary<(string, string), Partial> taken;
        List<(string, string, TrafficDelta)> unsent;
        lock (_gate)
        {
            if (_partials.Count == 0 && _unsent.Count == 0) return [];
            taken = _partials;
            _partials = new Dictionary<(string, string), Partial>(taken.Count);
            unsent = _unsent;
            _unsent = [];
        }
        return [.. unsent, .. taken.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value.ToDelta()))];
    }

    private sealed class Partial
    {
        private readonly Dictionary<long, int> _pageViews = [];
        private readonly Dictionary<ulong, long> _visitors = [];
        private Dictionary<long, int>? _errors;
        private PageErrorSeen? _lastError;
        private DateTimeOffset _lastAt;

        public void Add(LaunchEvent e)
        {
            var minute = e.Minute;
            // A page error is a visit too (someone opened the group's link): it counts as activity.
            if (e.At > _lastAt) _lastAt = e.At;
            if (e.Kind == EventKind.PageError)
            {
                _errors ??= [];
                _errors[minute] = _errors.GetValueOrDefault(minute) + 1;
                if (_lastError is null || e.At >= _lastError.At) _lastError = new PageErrorSeen(e.At, PageErrorText(e));
                return;
            }
            _pageViews[minute] = _pageViews.GetValueOrDefault(minute) + 1;
            var hash = VisitorHash.Of(e.VisitorId!);
            // Keep the earliest minute a visitor was seen in, so a late event still lands where it belongs.
            if (!_visitors.TryGetValue(hash, out var seen) || minute < seen) _visitors[hash] = minute;
        }

        public TrafficDelta ToDelta() =>
            new(_pageViews, _visitors.Select(v => new VisitorSeen(v.Key, v.Value)).ToList(), _lastAt, _errors, _lastError);

        private static string? PageErrorText(LaunchEvent e) => (e.Code, e.Text) switch
        {
            (null, null) => null,
            ({ } code, null) => code,
            (null, { } text) => text,
            var (code, text) => $"{code}: {text}",
        };
    }
}
