using System.Collections.Concurrent;

namespace LiveRoom.Domain.Access;

/// <summary>
/// Slows password guessing: after <see cref="MaxFailures"/> failed logins within
/// <see cref="Window"/> for one key (a user name, or a client address), further attempts for that
/// key are refused until the oldest failure leaves the window. Per node and in memory on purpose:
/// an attacker spread over nodes gets at most nodes × the limit, and a restart forgives, which is
/// acceptable for a rate limit and keeps login off the cluster's storage.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock, int maxFailures = 5, TimeSpan? window = null)
{
    private const int MaxKeys = 100_000;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    public int MaxFailures { get; } = maxFailures;
    public TimeSpan Window { get; } = window ?? TimeSpan.FromMinutes(5);

    /// <summary>How long until <paramref name="key"/> may try again; zero when it may now.</summary>
    public TimeSpan RetryAfter(string key)
    {
        if (!_failures.TryGetValue(key, out var q)) return TimeSpan.Zero;
        lock (q)
        {
            Trim(q);
            return q.Count < MaxFailures ? TimeSpan.Zero : q.Peek() + Window - clock.GetUtcNow();
        }
    }

    public void Failed(string key)
    {
        // A flood of made-up names must not grow memory without bound: start over instead.
        if (_failures.Count >= MaxKeys) _failures.Clear();
        var q = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (q)
        {
            Trim(q);
            q.Enqueue(clock.GetUtcNow());
        }
    }

    public void Succeeded(string key) => _failures.TryRemove(key, out _);

    private void Trim(Queue<DateTimeOffset> q)
    {
        var cutoff = clock.GetUtcNow() - Window;
        while (q.Count > 0 && q.Peek() <= cutoff) q.Dequeue();
    }
}
