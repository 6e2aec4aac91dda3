using static LiveRoom.Web.Tests.Launches.BoardFakes;
using LiveRoom.Domain.Shared;
using LiveRoom.Web.Launches;

namespace LiveRoom.Web.Tests.Launches;

public sealed class BoardModelTests
{
    [Fact]
    public void Updates_not_newer_than_the_snapshot_are_dropped()
    {
        var model = BoardModel.From(Snapshot(5, Row("a")), Now);
        Assert.False(model.Apply(Update(5, [Row("a", orders: 9)]), Now));
        Assert.Equal(0, model.Rows["a"].Orders);
        Assert.True(model.Apply(Update(6, [Row("a", orders: 9)]), Now));
        Assert.Equal(9, model.Rows["a"].Orders);
        Assert.Equal(6, model.Totals.Orders);
    }

    [Fact]
    public void Versions_move_only_when_their_part_changed()
    {
        var model = BoardModel.From(Snapshot(1, Row("a")), Now);
        var (rows, series) = (model.RowsVersion, model.SeriesVersion);
        model.Apply(Update(2), Now);
        Assert.Equal((rows, series), (model.RowsVersion, model.SeriesVersion));
        model.Apply(Update(3, series: [new SeriesPoint(100, new MinuteBucket { Orders = 1 })]), Now);
        Assert.Equal(series + 1, model.SeriesVersion);
        Assert.Equal(rows, model.RowsVersion);
    }

    [Fact]
    public void Series_stays_bounded()
    {
        var model = BoardModel.From(Snapshot(1), Now);
        var points = Enumerable.Range(0, BoardModel.MaxMinutes * 2).Select(m => new SeriesPoint(m, new MinuteBucket { PageViews = 1 })).ToArray();
        model.Apply(Update(2, series: points), Now);
        Assert.True(model.Series.Count <= BoardModel.MaxMinutes + 1);
        Assert.Equal(BoardModel.MaxMinutes * 2 - 1, model.Series.Keys.Max());
    }

    [Fact]
    public void Clock_offset_follows_the_server_and_setup_changes_ask_for_a_snapshot()
    {
        var model = BoardModel.From(Snapshot(1), Now.AddSeconds(-3));
        Assert.Equal(TimeSpan.FromSeconds(3), model.ClockOffset);
        model.Apply(Update(2, launch: Snapshot(2).Launch), Now);
        Assert.True(model.NeedsSnapshot);
        var next = BoardModel.From(Snapshot(3), Now, model);
        Assert.False(next.NeedsSnapshot);
        Assert.True(next.SeriesVersion > model.SeriesVersion);
    }

    [Fact]
    public void Summary_counts_members_silent_and_alerting_rows()
    {
        var model = BoardModel.From(Snapshot(1, Row("a", silent: true) with { Members = 10 }, Row("b") with { Members = 5, Alert = "leave_wave" }), Now);
        Assert.Equal(new RowSummary(15, 1, 1), model.Summary);
        model.Apply(Update(2, [Row("a") with { Members = 12 }]), Now);
        Assert.Equal(new RowSummary(17, 0, 1), model.Summary);
    }
}
