namespace LiveRoom.Domain.Announcements;

/// <summary>
/// A sliding window per endpoint (robot): at most N sends in any <see cref="Window"/> (a minute).
/// Exact rather than a token bucket because WeCom counts a strict per-minute window and answers
/// 45009 beyond it. A send occupies its slot from when it starts until a window after it
/// <em>completed</em>: the receiver counts arrivals, which can be seconds after the start when the
/// sender is busy, so counting from the start let 27 posts land in one of the receiver's minutes
/// (measured, docs/benchmarks.md). Not thread-safe: owned by one outbox partition.
/// </summary>
public sealed class RateWindow(int perMinute, TimeSpan? window = null)
{
    /// <summary>One taken slot; <see cref="CompletedAt"/> is null while its send is in flight.</summary>
    public sealed class Slot
    {
        public DateTimeOffset? CompletedAt { get; set; }
    }

    private static readonly Slot Unlimited = new();
    private readonly List<Slot> _slots = [];

    /// <summary>A minute in production; tests shorten it to measure the spacing in seconds.</summary>
    public TimeSpan Window { get; } = window ?? TimeSpan.FromMinutes(1);

    public int PerMinute => perMinute;

    /// <summary>When the next send may start: <paramref name="now"/> if a slot is free now.</summary>
    public DateTimeOffset NextSlot(DateTimeOffset now)
    {
        if (perMinute <= 0) return now;
        _slots.RemoveAll(s => s.CompletedAt is { } at && at <= now - Window);
        if (_slots.Count < perMinute) return now;
        var earliest = _slots.Where(s => s.CompletedAt is not null).Select(s => s.CompletedAt!.Value).DefaultIfEmpty(now).Min();
        return earliest + Window;
    }

    /// <summary>Takes a slot if one is free now; complete it with the time the send finished.</summary>
    public Slot? TryTake(DateTimeOffset now)
    {
        if (perMinute <= 0) return Unlimited;
        if (NextSlot(now) > now) return null;
        var slot = new Slot();
        _slots.Add(slot);
        return slot;
    }
}
