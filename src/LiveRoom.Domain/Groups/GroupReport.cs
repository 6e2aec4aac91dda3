using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Groups;

/// <summary>
/// What a group tells its launch: absolute stats (newest version wins), the series minutes it added
/// to since its last report, and the visitors it saw for the first time (for launch-wide UV).
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.GroupReport.v1")]
public sealed record GroupReport(
    [property: Id(0)] string GroupId,
    [property: Id(1)] GroupStats Stats,
    [property: Id(2)] IReadOnlyList<SeriesPoint> SeriesDelta,
    [property: Id(3)] IReadOnlyList<VisitorSeen> NewVisitors,
    [property: Id(4)] string? Alert)
{
    /// <summary>Folds a newer report of the same group into this one (the per-silo buffer does this between flushes).</summary>
    public GroupReport Merge(GroupReport newer)
    {
        // Hot path (every group, every flush): a plain dictionary, not a sorted series.
        var series = new Dictionary<long, MinuteBucket>(SeriesDelta.Count + newer.SeriesDelta.Count);
        foreach (var p in SeriesDelta.Concat(newer.SeriesDelta))
        {
            series.TryGetValue(p.Minute, out var bucket);
            bucket.Add(p.Counts);
            series[p.Minute] = bucket;
        }
        var stats = newer.Stats.Version >= Stats.Version ? newer.Stats : Stats;
        var alert = newer.Stats.Version >= Stats.Version ? newer.Alert : Alert;
        var visitors = NewVisitors.Count == 0 ? newer.NewVisitors
            : newer.NewVisitors.Count == 0 ? NewVisitors
            : [.. NewVisitors, .. newer.NewVisitors];
        return new GroupReport(GroupId, stats, series.Select(p => new SeriesPoint(p.Key, p.Value)).ToList(), visitors, alert);
    }
}
