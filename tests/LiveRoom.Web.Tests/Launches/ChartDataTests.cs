using LiveRoom.Domain.Shared;
using LiveRoom.Web.Launches;

namespace LiveRoom.Web.Tests.Launches;

public sealed class ChartDataTests
{
    [Fact]
    public void Fills_quiet_minutes_with_zero_and_stays_within_the_window()
    {
        var series = new Dictionary<long, MinuteBucket>
        {
            [1000] = new() { Orders = 3 },
            [1100] = new() { Orders = 5 },
        };
        var built = ChartData.Build(series, 1100, ("orders", "line", b => b.Orders));
        var data = Assert.Single(built).Data;
        Assert.Equal(ChartData.WindowMinutes, data.Count);
        Assert.Equal(1100 * 60_000d, data[^1][0]);
        Assert.Equal(5, data[^1][1]);
        Assert.All(data.Take(data.Count - 1), p => Assert.Equal(0, p[1]));
    }

    [Fact]
    public void A_young_launch_gets_the_minimum_window()
    {
        var series = new Dictionary<long, MinuteBucket> { [500] = new() { PageViews = 7 } };
        var data = ChartData.Build(series, 500, ("pv", "area", b => b.PageViews))[0].Data;
        Assert.Equal(ChartData.MinWindowMinutes, data.Count);
    }
}
