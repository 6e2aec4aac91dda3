using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Web.Launches;
using LiveRoom.Web.Review;
using LiveRoom.Web.Tests.Launches;

namespace LiveRoom.Web.Tests.Review;

public sealed class ReviewModelTests
{
    private static GroupRow Row(string id, int orders, int visitors, string? variant = null) =>
        BoardFakes.Row(id, orders) with { UniqueVisitors = visitors, Variant = variant };

    [Fact]
    public void Best_and_worst_groups_rank_by_orders_and_worst_leaves_out_groups_without_visitors()
    {
        var rows = Enumerable.Range(1, 12).Select(i => Row($"g{i}", orders: i, visitors: 100)).Append(Row("dark", 0, 0)).ToArray();
        var model = ReviewModel.From(BoardFakes.Launch(), BoardFakes.Snapshot(1, rows), [], []);

        Assert.Equal(["g12", "g11", "g10", "g9", "g8"], model.Best.Select(g => g.Id));
        Assert.Equal(["g1", "g2", "g3", "g4", "g5"], model.Worst.Select(g => g.Id));
    }

    [Fact]
    public void Arms_come_from_registered_modes_and_row_variants()
    {
        var rows = new[] { Row("a", 10, 100, "A"), Row("b", 30, 100, "B") };
        var groups = new[]
        {
            new GroupRegistration { Id = "a", Name = "a", ConversionMode = ConversionMode.GroupBuy },
            new GroupRegistration { Id = "b", Name = "b", ConversionMode = ConversionMode.Discount },
        };
        var model = ReviewModel.From(BoardFakes.Launch(), BoardFakes.Snapshot(1, rows), groups, []);

        Assert.Equal(2, model.ByMode.Arms.Count);
        Assert.Equal(["A", "B"], model.ByVariant.Arms.Select(a => a.Label).Order());
        Assert.True(Assert.Single(model.ByVariant.Comparisons).Test.IsSignificant());
    }

    [Fact]
    public void Charts_span_from_before_t0_to_the_end_and_the_timeline_is_digested()
    {
        var launch = BoardFakes.Launch();
        var t0 = ChartData.MinuteOf(launch.StartsAt);
        var snapshot = BoardFakes.Snapshot(1) with { Series = [new SeriesPoint(t0 + 5, new MinuteBucket { Orders = 3 })] };
        var timeline = new[] { new TimelineEntry { Sequence = 0, Kind = TimelineKind.Incident, Action = "incident.triggered", RefId = "i1", At = launch.StartsAt } };

        var model = ReviewModel.From(launch, snapshot, [], timeline);

        Assert.Equal(t0 - 30, model.ChartFirst);
        Assert.Equal(t0 + 5, model.ChartLast);
        var orders = ChartData.Range(model.Series, model.ChartFirst, model.ChartLast, ("o", "column", b => b.Orders))[0].Data;
        Assert.Equal(36, orders.Count);
        Assert.Equal(3, orders[^1][1]);
        Assert.Single(model.Digest.Incidents);
        Assert.Equal(0.5, ReviewModel.OfTarget(50, 100));
        Assert.Null(ReviewModel.OfTarget(50, 0));
    }
}
