using LiveRoom.Domain.Shared;

namespace LiveRoom.Web.Launches;

/// <summary>
/// Turns minute buckets into chart series over a fixed window, filling quiet minutes with zero so
/// a gap reads as "nothing happened", and keeping every array bounded whatever the launch length.
/// </summary>
public static class ChartData
{
    public const int WindowMinutes = 60;

    /// <summary>The narrowest window drawn, so a young launch still gets a readable time axis.</summary>
    public const int MinWindowMinutes = 15;

    public static IReadOnlyList<ChartSeries> Build(
        IReadOnlyDictionary<long, MinuteBucket> series,
        long nowMinute,
        params (string Name, string Type, Func<MinuteBucket, double> Value)[] lines)
    {
        var last = Math.Max(nowMinute, series.Count == 0 ? nowMinute : series.Keys.Max());
        var first = last - WindowMinutes + 1;
        // Start at the first minute with data (but show at least MinWindowMinutes), so a young
        // launch neither shows an hour of zeros nor squeezes two points across the whole width.
        var firstData = series.Count == 0 ? last : series.Keys.Min();
        var earliest = Math.Max(first, Math.Min(firstData, last - MinWindowMinutes + 1));
        return Range(series, earliest, last, lines);
    }

    /// <summary>The review's whole-launch charts: every minute from <paramref name="earliest"/> to <paramref name="last"/>.</summary>
    public static IReadOnlyList<ChartSeries> Range(
        IReadOnlyDictionary<long, MinuteBucket> series,
        long earliest,
        long last,
        params (string Name, string Type, Func<MinuteBucket, double> Value)[] lines)
    {
        var result = new List<ChartSeries>(lines.Length);
        foreach (var (name, type, value) in lines)
        {
            var data = new List<double[]>((int)Math.Max(0, last - earliest + 1));
            for (var m = earliest; m <= last; m++)
                data.Add([m * 60_000d, series.TryGetValue(m, out var b) ? value(b) : 0]);
            result.Add(new ChartSeries(name, type, data));
        }
        return result;
    }

    public static long MinuteOf(DateTimeOffset at) => LiveRoom.Domain.Ingestion.UnixMinute.Of(at);
}
