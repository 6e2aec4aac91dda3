using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Run;

/// <summary>Everything the injector measures while it runs; the live view and the report read it.</summary>
public sealed class RunMetrics(RunTimeline timeline)
{
    private long _inFlight, _sent, _unsent, _retries;

    public RunTimeline Timeline => timeline;

    public IReadOnlyDictionary<Channel, ChannelStats> Channels { get; } =
        Enum.GetValues<Channel>().ToDictionary(c => c, c => new ChannelStats(c));

    public long InFlight => Interlocked.Read(ref _inFlight);
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Requests still due when the run was cut short (its budget ran out): the truth cannot hold then.</summary>
    public long Unsent => Interlocked.Read(ref _unsent);

    public long Total { get; set; }

    /// <summary>Requests sent again after no answer or a 5xx, as webhook senders do (same ids: idempotent).</summary>
    public long Retries => Interlocked.Read(ref _retries);

    public void Retried() => Interlocked.Increment(ref _retries);

    public void Started()
    {
        Interlocked.Increment(ref _inFlight);
        Interlocked.Increment(ref _sent);
    }

    public void Answered(WireRequest r, long now, long micros, WireOutcome outcome)
    {
        Interlocked.Decrement(ref _inFlight);
        Channels[r.Channel].Record(micros, r.Events.Length, outcome);
        var ok = r.Channel == Channel.Malformed ? outcome.Refused : outcome.Ok;
        timeline.Answered(now, micros, r.Channel == Channel.Malformed ? 0 : r.Events.Length, ok);
    }

    public void NotSent(long count) => Interlocked.Add(ref _unsent, count);
}
