namespace LiveRoom.Domain.Aggregation;

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
        var series = new MinuteSeries();
        foreach (var p in SeriesDelta) series.Add(p.Minute, p.Counts);
        foreach (var p in newer.SeriesDelta) series.Add(p.Minute, p.Counts);
        var stats = newer.Stats.Version >= Stats.Version ? newer.Stats : Stats;
        var alert = newer.Stats.Version >= Stats.Version ? newer.Alert : Alert;
        return new GroupReport(GroupId, stats, series.Points(), [.. NewVisitors, .. newer.NewVisitors], alert);
    }
}

[GenerateSerializer, Immutable, Alias("LiveRoom.VisitorSeen.v1")]
public readonly record struct VisitorSeen(
    [property: Id(0)] ulong Hash,
    [property: Id(1)] long Minute);
