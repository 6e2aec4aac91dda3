namespace LiveRoom.Domain.Delivery;

/// <summary>
/// A sliding one-minute window per endpoint (robot): at most N sends in any 60 s. Exact rather than
/// a token bucket because WeCom counts a strict per-minute window and answers 45009 beyond it.
/// Not thread-safe: owned by one outbox partition, which runs single-threaded.
/// </summary>
public sealed class RateWindow(int perMinute, TimeSpan? window = null)
{
    /// <summary>A minute in production; tests shorten it to measure the spacing in seconds.</summary>
    public TimeSpan Window { get; } = window ?? TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> _sent = new();

    public int PerMinute => perMinute;

    /// <summary>When the next send may go: <paramref name="now"/> if allowed now.</summary>
    public DateTimeOffset NextSlot(DateTimeOffset now)
    {
        if (perMinute <= 0) return now;
        while (_sent.Count > 0 && _sent.Peek() <= now - Window) _sent.Dequeue();
        return _sent.Count < perMinute ? now : _sent.Peek() + Window;
    }

    /// <summary>Takes a slot if one is free now.</summary>
    public bool TryTake(DateTimeOffset now)
    {
        if (NextSlot(now) > now) return false;
        if (perMinute > 0) _sent.Enqueue(now);
        return true;
    }
}
