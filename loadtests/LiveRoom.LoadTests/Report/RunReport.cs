using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.Run;
using LiveRoom.LoadTests.Server;

namespace LiveRoom.LoadTests.Report;

/// <summary>Everything a `run` measured and decided; written as report.json, .md and .html.</summary>
public sealed record RunReport
{
    public required string Label { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required MachineInfo Machine { get; init; }
    public required string Target { get; init; }
    public required RunSettings Settings { get; init; }
    public required ModelSummary Model { get; init; }
    public required List<RequestResult> Channels { get; init; }
    /// <summary>The same requests by event kind; a request carrying several kinds counts for each.</summary>
    public required List<RequestResult> Kinds { get; init; }
    public required double WallSeconds { get; init; }
    public long EventsAcknowledged => Channels.Where(c => c.Name != "Malformed").Sum(c => c.Events);
    public double EventsPerSecond => WallSeconds > 0 ? EventsAcknowledged / WallSeconds : 0;
    public long UnsentRequests { get; init; }
    public long Retries { get; init; }
    public FreshnessSummary? Freshness { get; init; }
    public CpuUse? Cpu { get; init; }
    /// <summary>The seeded members' answers to their cues (null when the launch has none or --cue-ack 0).</summary>
    public SeededMemberSummary? SeededMembers { get; init; }
    public required List<string> TruthProblems { get; init; }
    public required Thresholds Thresholds { get; init; }
    public required List<string> Breaches { get; init; }
    public int ExitCode { get; init; }
    public required List<TimelinePoint> Timeline { get; init; }
}

public sealed record RunSettings(string Profile, int Groups, string Members, double DurationSeconds, int Seed, int Viewers,
    string Injection, int Concurrency, string Chaos);

/// <summary>What the model planned, and the truth LiveRoom had to match.</summary>
public sealed record ModelSummary(Dictionary<string, int> EventsByKind, int Members, int UniqueVisitors, long PageViews,
    int Signups, int Orders, decimal Gmv, Dictionary<string, int> StockBySku, Dictionary<string, int> SoldBySku, int SoldOutMisses, int Messages);

/// <summary>Freshness over all viewers and markers, and how often viewers were updated.</summary>
public sealed record FreshnessSummary(int Viewers, int Markers, Latency Freshness, long Samples, long ExpectedSamples,
    double UpdatesPerViewerPerSecond, long Reconnects, int ViewersBehind = 0);
