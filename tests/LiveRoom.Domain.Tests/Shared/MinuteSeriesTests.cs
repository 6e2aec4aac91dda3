using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Tests.Shared;

public class MinuteSeriesTests
{
    [Fact]
    public void Adds_into_each_minute_and_keeps_minutes_in_order()
    {
        var s = new MinuteSeries();
        s.Add(12, new MinuteBucket { Orders = 1, Gmv = 10m });
        s.Add(10, new MinuteBucket { PageViews = 3 });
        s.Add(12, new MinuteBucket { Orders = 2, Gmv = 5m });

        Assert.Equal(2, s.Count);
        Assert.Equal(new long[] { 10, 12 }, s.Points().Select(p => p.Minute).ToArray());
        Assert.Equal(3, s[12].Orders);
        Assert.Equal(15m, s[12].Gmv);
        Assert.Equal(3, s[10].PageViews);
        Assert.True(s[11].IsEmpty);
    }

    [Fact]
    public void A_late_minute_lands_in_its_own_bucket()
    {
        var s = new MinuteSeries();
        s.Add(100, new MinuteBucket { Messages = 1 });
        s.Add(90, new MinuteBucket { Messages = 4 });

        Assert.Equal(4, s[90].Messages);
        Assert.Equal(1, s[100].Messages);
        Assert.Equal(90, s.Points()[0].Minute);
    }

    [Fact]
    public void TakeChanges_returns_current_values_of_changed_minutes_once()
    {
        var s = new MinuteSeries();
        s.Add(1, new MinuteBucket { PageViews = 1 });
        s.Add(2, new MinuteBucket { PageViews = 1 });
        Assert.Equal(new long[] { 1, 2 }, s.TakeChanges().Select(p => p.Minute).ToArray());
        Assert.Empty(s.TakeChanges());

        s.Add(1, new MinuteBucket { PageViews = 5 });
        s.Add(0, new MinuteBucket { Joins = 1 }); // late
        var changes = s.TakeChanges();
        Assert.Equal(new long[] { 0, 1 }, changes.Select(p => p.Minute).ToArray());
        Assert.Equal(6, changes[1].Counts.PageViews); // the minute's full value, not the delta
        Assert.Empty(s.TakeChanges());
    }

    [Fact]
    public void Total_sums_every_minute()
    {
        var s = new MinuteSeries();
        s.Add(1, new MinuteBucket { Orders = 2, Gmv = 20m, UniqueVisitors = 3 });
        s.Add(5, new MinuteBucket { Orders = -1, Gmv = -10m, Leaves = 2 });
        var total = s.Total();
        Assert.Equal(1, total.Orders);
        Assert.Equal(10m, total.Gmv);
        Assert.Equal(3, total.UniqueVisitors);
        Assert.Equal(2, total.Leaves);
    }

    [Fact]
    public void Bucket_emptiness_considers_every_counter()
    {
        Assert.True(default(MinuteBucket).IsEmpty);
        Assert.False(new MinuteBucket { PageViews = 1 }.IsEmpty);
        Assert.False(new MinuteBucket { UniqueVisitors = 1 }.IsEmpty);
        Assert.False(new MinuteBucket { Orders = -1 }.IsEmpty);
        Assert.False(new MinuteBucket { Gmv = 0.01m }.IsEmpty);
        Assert.False(new MinuteBucket { Signups = 1 }.IsEmpty);
        Assert.False(new MinuteBucket { Joins = 1 }.IsEmpty);
        Assert.False(new MinuteBucket { Leaves = 1 }.IsEmpty);
        Assert.False(new MinuteBucket { Messages = 1 }.IsEmpty);
    }

    [Fact]
    public void Bucket_add_sums_every_counter()
    {
        var a = new MinuteBucket { PageViews = 1, UniqueVisitors = 2, Orders = 3, Gmv = 4m, Signups = 5, Joins = 6, Leaves = 7, Messages = 8 };
        a.Add(a);
        Assert.Equal(new MinuteBucket { PageViews = 2, UniqueVisitors = 4, Orders = 6, Gmv = 8m, Signups = 10, Joins = 12, Leaves = 14, Messages = 16 }, a);
    }
}
