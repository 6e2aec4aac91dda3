namespace LiveRoom.Domain.Announcements;

/// <summary>
/// Exponential backoff with full jitter: attempt n waits a random time in
/// [base·2^(n-1) / 2, base·2^(n-1)], capped; jitter spreads thousands of groups that failed together
/// so they do not hit a recovering gateway in one wave.
/// </summary>
public sealed record RetryPolicy(TimeSpan BaseDelay, TimeSpan MaxDelay, int MaxAttempts)
{
    public static readonly RetryPolicy Default = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2), 6);

    /// <summary>Delay before the attempt after <paramref name="failedAttempts"/> failures; <paramref name="random01"/> in [0,1).</summary>
    public TimeSpan DelayAfter(int failedAttempts, double random01, TimeSpan? retryAfter = null)
    {
        var exp = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failedAttempts - 1));
        var capped = Math.Min(exp, MaxDelay.TotalMilliseconds);
        var delay = TimeSpan.FromMilliseconds(capped / 2 + capped / 2 * random01);
        // A 429's Retry-After is the receiver telling us when; never retry sooner than that.
        return retryAfter is { } ra && ra > delay ? ra : delay;
    }

    public bool Exhausted(int failedAttempts) => failedAttempts >= MaxAttempts;
}
