namespace LiveRoom.Grains.Ingestion;

/// <summary>The clocks of the pipeline (configuration section "LiveRoom:Pipeline"). See docs/configuration.md.</summary>
public sealed class PipelineOptions
{
    public const string Section = "LiveRoom:Pipeline";

    /// <summary>How often a silo's ingest buffer sends page-view partials to group grains.</summary>
    public TimeSpan IngestFlushInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    /// <summary>How often a silo's group reports are sent, batched, to launch grains.</summary>
    public TimeSpan ReportFlushInterval { get; set; } = TimeSpan.FromMilliseconds(100);
    /// <summary>The dashboard tick: at most one update per launch per tick.</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMilliseconds(250);
    /// <summary>How often changed group rows travel in updates (totals, SKUs and series go every tick).</summary>
    public TimeSpan GroupRowInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>How often traffic-only state (page views, visitors, board) is written.</summary>
    public TimeSpan PersistInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>
    /// The storage outlives this process (Redis, the durable mode): business events are
    /// acknowledged only once the group's state is written, and other state is written on timers.
    /// The embedded mode turns it off: its storage is this process's memory, so a write adds no
    /// durability; state is then written only when a grain deactivates (so that a reactivation
    /// finds it). Awaiting writes cost two thirds of batched throughput, and timed copies of every
    /// group, the board and the cue book were most of the garbage at T0 (docs/benchmarks.md).
    /// </summary>
    public bool DurableStorage { get; set; } = true;
    /// <summary>How many page-view ids a silo remembers to drop replays (two generations of this size).</summary>
    public int PageViewDedupWindow { get; set; } = 1_000_000;
    /// <summary>
    /// How long an ingestion call keeps retrying a group or launch whose node has died before it
    /// answers 500: longer than the membership's failure detection (docs/durability.md), shorter
    /// than a shop's webhook timeout (有赞 and 抖店 wait a few seconds, so a long hold there is
    /// a retry anyway).
    /// </summary>
    public TimeSpan UnreachableRetryBudget { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>When silent groups and their "speaking again" go on the timeline (hysteresis, "LiveRoom:Pipeline:Silence").</summary>
    public Domain.Launches.SilenceOptions Silence { get; set; } = new();
}
