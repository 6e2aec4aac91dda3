namespace LiveRoom.Grains.Announcements;

/// <summary>The outbox (configuration section "LiveRoom:Outbox"). See docs/configuration.md.</summary>
public sealed class OutboxOptions
{
    public const string Section = "LiveRoom:Outbox";

    /// <summary>Outbox partition grains per launch: a broadcast is queued by this many writes in parallel.</summary>
    public int Partitions { get; set; } = 16;
    /// <summary>Sends in flight at once per partition.</summary>
    public int MaxParallel { get; set; } = 32;
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Attempts before a delivery becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 6;
    /// <summary>Messages kept per group in the built-in inbox.</summary>
    public int InboxSize { get; set; } = 50;
    /// <summary>Turns off every per-minute limit (benchmarks against a local receiver).</summary>
    public bool IgnoreRateLimits { get; set; }
    /// <summary>The window the per-minute limits count in: a minute, as WeCom counts; tests shorten it.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>
    /// Staff-posted groups: how long the owner or an assistant has to tap 已发 after a notice is due
    /// before it turns late and the operator is alerted (docs/delivery.md). Default 2 minutes.
    /// </summary>
    public TimeSpan StaffPostLateAfter { get; set; } = Domain.Posting.StaffPostRules.DefaultLateAfter;
}
