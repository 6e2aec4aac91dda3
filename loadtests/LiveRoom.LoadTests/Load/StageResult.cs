using LiveRoom.LoadTests.Server;

namespace LiveRoom.LoadTests.Load;

/// <summary>What one measured stage did: throughput, errors and latency.</summary>
public sealed record StageResult(
    string Name,
    string Model,
    int Concurrency,
    double Seconds,
    long Requests,
    long Events,
    long Errors,
    long RejectedEvents,
    Latency Latency)
{
    public double RequestsPerSecond => Requests / Seconds;
    public double EventsPerSecond => Events / Seconds;
    public double ErrorRate => Requests == 0 ? 0 : (double)Errors / Requests;

    /// <summary>Open model only: requests that were due but never sent because the run fell too far behind.</summary>
    public long Unsent { get; init; }

    /// <summary>State writes the stage made (the state-per-event baseline counts them: one per new event).</summary>
    public long? StateWrites { get; init; }

    /// <summary>CPU use during the stage (set by the caller, which knows the server process).</summary>
    public CpuUse? Cpu { get; init; }

    /// <summary>Events per CPU-second of the server: throughput with the noise of neighbours taken out.</summary>
    public double? EventsPerServerCpuSecond => Cpu?.ServerSeconds is > 0 and var s ? Events / s : null;

    /// <summary>
    /// Per CPU-second of whatever did the work: the server's, or this tool's for the stages that run
    /// inside it (a, f, h; the tool then also counts its own sending). Redis' CPU is in neither.
    /// </summary>
    public double? EventsPerCpuSecond => EventsPerServerCpuSecond ?? (Cpu?.ToolSeconds is > 0 and var t ? Events / t : null);
}
