namespace LiveRoom.Domain.Sources;

/// <summary>
/// Orders a WeChat shop source still has to fetch. An event is answered as soon as its order id is
/// in this queue (stored), never after the fetch: the platform wants its answer within 5 seconds
/// and the shop's API may be slow or down. Failed fetches are retried with a growing delay and
/// given up after <see cref="MaxAttempts"/> (counted on the source). Bounded.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.WeChatShopQueue.v1")]
public sealed class WeChatShopQueue
{
    public const int Capacity = 10_000;
    public const int MaxAttempts = 12;
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(5);

    [Id(0)] private readonly Dictionary<string, Entry> _pending = new(StringComparer.Ordinal);

    [GenerateSerializer, Alias("LiveRoom.WeChatShopQueue.Entry.v1")]
    public sealed record Entry([property: Id(0)] string OrderId, [property: Id(1)] int Attempts, [property: Id(2)] DateTimeOffset NextAt);

    public int Count => _pending.Count;

    public bool Contains(string orderId) => _pending.ContainsKey(orderId);

    /// <summary>Queues a fetch now; an order already queued is fetched once (the fetch reads its newest state). False when full.</summary>
    public bool Add(string orderId, DateTimeOffset now)
    {
        if (_pending.TryGetValue(orderId, out var existing))
        {
            // A new event about a failing order is a reason to try again now, not after the back-off.
            _pending[orderId] = existing with { NextAt = now };
            return true;
        }
        if (_pending.Count >= Capacity) return false;
        _pending[orderId] = new Entry(orderId, 0, now);
        return true;
    }

    /// <summary>Orders due now, oldest due first.</summary>
    public IReadOnlyList<string> Due(DateTimeOffset now, int max) =>
        _pending.Values.Where(e => e.NextAt <= now).OrderBy(e => e.NextAt).Take(max).Select(e => e.OrderId).ToList();

    public void Done(string orderId) => _pending.Remove(orderId);

    /// <summary>Records a failed fetch; true when the order is given up (removed).</summary>
    public bool Failed(string orderId, DateTimeOffset now)
    {
        if (!_pending.TryGetValue(orderId, out var e)) return false;
        var attempts = e.Attempts + 1;
        if (attempts >= MaxAttempts)
        {
            _pending.Remove(orderId);
            return true;
        }
        var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts), MaxDelay.TotalSeconds));
        _pending[orderId] = e with { Attempts = attempts, NextAt = now + delay };
        return false;
    }
}
