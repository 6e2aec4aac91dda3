namespace LiveRoom.Grains.Pipeline;

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
    /// Acknowledge business events only once the group's state is written (the durable mode).
    /// The embedded mode turns it off: its storage is this process's memory, so a write adds no
    /// durability, and awaiting it cost two thirds of batched throughput (docs/benchmarks.md).
    /// </summary>
    public bool WriteBeforeAck { get; set; } = true;
    /// <summary>
    /// The grain storage dies with this process (the embedded mode's memory storage). Group grains
    /// then write their state only when they deactivate: a periodic write would protect nothing the
    /// deactivation write does not, and with 10,000 groups those writes (serialise, copy into the
    /// storage grain) and their timers took about a fifth of the server's CPU (docs/benchmarks.md).
    /// </summary>
    public bool VolatileStorage { get; set; }
    /// <summary>How many page-view ids a silo remembers to drop replays (two generations of this size).</summary>
    public int PageViewDedupWindow { get; set; } = 1_000_000;
}
