using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Tests.Launches;

public class SelloutForecasterTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void No_rate_before_two_samples()
    {
        var f = new SelloutForecaster(TimeSpan.FromMinutes(5));
        Assert.Equal(0, f.RatePerMinute);
        f.Sample(T, 10);
        Assert.Equal(0, f.RatePerMinute);
        Assert.Null(f.MinutesToSellout(100));
    }

    [Fact]
    public void Rate_is_units_per_minute_between_oldest_and_newest_sample()
    {
        var f = new SelloutForecaster(TimeSpan.FromMinutes(5));
        f.Sample(T, 0);
        f.Sample(T.AddSeconds(30), 5);
        f.Sample(T.AddMinutes(2), 40);

        Assert.Equal(20, f.RatePerMinute, 6);
        Assert.Equal(3, f.MinutesToSellout(60)!.Value, 6);
    }

    [Fact]
    public void Old_samples_leave_the_window()
    {
        var f = new SelloutForecaster(TimeSpan.FromMinutes(5));
        f.Sample(T, 0);
        f.Sample(T.AddMinutes(1), 100);  // a burst long ago
        f.Sample(T.AddMinutes(7), 110);
        f.Sample(T.AddMinutes(8), 120);

        // Only the samples of the last five minutes (minutes 7 and 8) count: 10 per minute.
        Assert.Equal(10, f.RatePerMinute, 6);
    }

    [Fact]
    public void Keeps_two_samples_even_when_they_are_far_apart()
    {
        var f = new SelloutForecaster(TimeSpan.FromMinutes(5));
        f.Sample(T, 0);
        f.Sample(T.AddMinutes(20), 40);
        Assert.Equal(2, f.RatePerMinute, 6);
    }

    [Fact]
    public void Nothing_selling_or_nothing_left_gives_no_forecast()
    {
        var f = new SelloutForecaster(TimeSpan.FromMinutes(5));
        f.Sample(T, 10);
        f.Sample(T.AddMinutes(1), 10);
        Assert.Null(f.MinutesToSellout(50));

        f.Sample(T.AddMinutes(2), 20);
        Assert.Null(f.MinutesToSellout(0));
        Assert.Null(f.MinutesToSellout(-3));
        Assert.NotNull(f.MinutesToSellout(1));
    }

    [Fact]
    public void Refunds_lowering_sold_never_give_a_negative_rate()
    {
        var f = new SelloutForecaster(TimeSpan.FromMinutes(5));
        f.Sample(T, 50);
        f.Sample(T.AddMinutes(1), 40);
        Assert.Equal(0, f.RatePerMinute);
    }

    [Fact]
    public void Samples_at_the_same_instant_give_no_rate()
    {
        var f = new SelloutForecaster(TimeSpan.FromMinutes(5));
        f.Sample(T, 0);
        f.Sample(T, 10);
        Assert.Equal(0, f.RatePerMinute);
    }
}
