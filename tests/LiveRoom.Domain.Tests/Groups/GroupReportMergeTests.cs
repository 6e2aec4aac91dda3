using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Tests.Groups;

public class GroupReportMergeTests
{
    private static GroupReport Report(long version, int orders, string? alert, SeriesPoint[] series, VisitorSeen[] visitors) =>
        new("g1", new GroupStats { Version = version, Orders = orders }, series, visitors, alert);

    [Fact]
    public void Newer_stats_and_alert_win_and_deltas_are_summed_per_minute()
    {
        var older = Report(1, 1, null,
            [new SeriesPoint(10, new MinuteBucket { Orders = 1 }), new SeriesPoint(11, new MinuteBucket { PageViews = 2 })],
            [new VisitorSeen(1, 10)]);
        var newer = Report(2, 3, "leave_wave",
            [new SeriesPoint(11, new MinuteBucket { PageViews = 3 }), new SeriesPoint(9, new MinuteBucket { Leaves = 1 })],
            [new VisitorSeen(2, 11)]);

        var merged = older.Merge(newer);

        Assert.Equal("g1", merged.GroupId);
        Assert.Equal(2, merged.Stats.Version);
        Assert.Equal(3, merged.Stats.Orders);
        Assert.Equal("leave_wave", merged.Alert);
        Assert.Equal(new long[] { 9, 10, 11 }, merged.SeriesDelta.Select(p => p.Minute).Order().ToArray()); // order carries no meaning
        Assert.Equal(5, merged.SeriesDelta.Single(p => p.Minute == 11).Counts.PageViews);
        Assert.Equal(new ulong[] { 1, 2 }, merged.NewVisitors.Select(v => v.Hash).ToArray());
    }

    [Fact]
    public void An_older_report_merged_later_does_not_roll_back_stats_or_alert_but_keeps_its_deltas()
    {
        var newer = Report(5, 9, "leave_wave", [new SeriesPoint(1, new MinuteBucket { Orders = 1 })], []);
        var stale = Report(4, 2, null, [new SeriesPoint(1, new MinuteBucket { Orders = 1 })], [new VisitorSeen(7, 1)]);

        var merged = newer.Merge(stale);

        Assert.Equal(5, merged.Stats.Version);
        Assert.Equal(9, merged.Stats.Orders);
        Assert.Equal("leave_wave", merged.Alert);
        Assert.Equal(2, merged.SeriesDelta.Single().Counts.Orders);
        Assert.Single(merged.NewVisitors);
    }

    [Fact]
    public void An_alert_cleared_in_the_newer_report_is_cleared()
    {
        var merged = Report(1, 0, "leave_wave", [], []).Merge(Report(2, 0, null, [], []));
        Assert.Null(merged.Alert);
    }
}
