namespace LiveRoom.LoadTest.Load;

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
}
