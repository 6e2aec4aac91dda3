using LiveRoom.LoadTests.Freshness;
using LiveRoom.LoadTests.Load;

namespace LiveRoom.LoadTests.Report;

/// <summary>Everything one bench run measured; written as JSON under loadtests/results/.</summary>
public sealed record BenchReport
{
    public required string Label { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required MachineInfo Machine { get; init; }
    public required string Target { get; init; }
    /// <summary>Business events spread over every group (--spread) rather than the historical stream.</summary>
    public bool Spread { get; init; }
    public StageResult? Bare { get; init; }
    public StageResult? Single { get; init; }
    public StageResult? Batched { get; init; }
    public FreshnessResult? Freshness { get; init; }
    public MemoryResult? Memory { get; init; }
    public StageResult? RedisPerEvent { get; init; }
    /// <summary>Stage (h): a grain per group awaiting a Redis state write per event.</summary>
    public StageResult? StatePerEvent { get; init; }
    public Commands.ChatCueResult? ChatCues { get; init; }
    public Dictionary<string, string> ServerEnvironment { get; init; } = [];

    /// <summary>Single-event POST throughput relative to the bare Kestrel JSON POST of the same run.</summary>
    public double? SingleToBare => Bare is { RequestsPerSecond: > 0 } b && Single is { } s ? s.RequestsPerSecond / b.RequestsPerSecond : null;

    /// <summary>Batched ingestion relative to writing the same stream to Redis one command per event.</summary>
    public double? BatchedToPerEvent => Ratio(Batched, RedisPerEvent);

    /// <summary>Batched ingestion relative to a grain per group writing its state per event (the durable mode's 10× yardstick).</summary>
    public double? BatchedToStatePerEvent => Ratio(Batched, StatePerEvent);

    /// <summary>The same per CPU-second of the process doing the work (LiveRoom's server; the tool hosting stage h): less exposed to neighbours.</summary>
    public double? BatchedToStatePerEventPerCpu =>
        StatePerEvent?.EventsPerCpuSecond is > 0 and var h && Batched?.EventsPerServerCpuSecond is { } c ? c / h : null;

    private static double? Ratio(StageResult? over, StageResult? under) =>
        under is { EventsPerSecond: > 0 } u && over is { } o ? o.EventsPerSecond / u.EventsPerSecond : null;
}

/// <summary>Resident memory of the LiveRoom process after traffic touched every group of a large launch.</summary>
public sealed record MemoryResult(int ActiveGroups, long EventsSent, long? RssBytes, long? PeakRssBytes, long? RssBeforeBytes);
