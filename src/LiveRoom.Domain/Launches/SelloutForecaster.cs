namespace LiveRoom.Domain.Launches;

/// <summary>
/// Forecasts when an SKU sells out from its recent sales rate: units sold over a sliding window
/// (default 5 minutes) of samples, remaining divided by that rate.
/// </summary>
public sealed class SelloutForecaster(TimeSpan window)
{
    private readonly Queue<(DateTimeOffset At, int Sold)> _samples = new();

    public void Sample(DateTimeOffset at, int soldTotal)
    {
        _samples.Enqueue((at, soldTotal));
        while (_samples.Count > 2 && at - _samples.Peek().At > window) _samples.Dequeue();
    }

    /// <summary>Units per minute over the window, or 0 before there are two samples.</summary>
    public double RatePerMinute
    {
        get
        {
            if (_samples.Count < 2) return 0;
            var first = _samples.Peek();
            var last = _samples.Last();
            var minutes = (last.At - first.At).TotalMinutes;
            return minutes <= 0 ? 0 : Math.Max(0, last.Sold - first.Sold) / minutes;
        }
    }

    /// <summary>Minutes until sold out at the current rate; null when nothing sells or nothing remains.</summary>
    public double? MinutesToSellout(int remaining)
    {
        var rate = RatePerMinute;
        if (remaining <= 0 || rate <= 0) return null;
        return remaining / rate;
    }
}
