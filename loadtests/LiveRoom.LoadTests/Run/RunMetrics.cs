using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Run;

/// <summary>Everything the injector measures while it runs; the live view and the report read it.</summary>
public sealed class RunMetrics(RunTimeline timeline)
{
    private long _inFlight, _sent, _unsent, _retries;

    public RunTimeline Timeline => timeline;

    public IReadOnlyDictionary<Channel, RequestStats> Channels { get; } =
        Enum.GetValues<Channel>().ToDictionary(c => c, c => new RequestStats(c.ToString(), refusalIsSuccess: c == Channel.Malformed));

    /// <summary>
    /// The same answers by the event kinds they carried: a batch of page views and a chat post is
    /// one request of the Bot or Beacon channel, and its latency and statuses count for each kind
    /// in it (once per kind). Malformed webhooks carry no real event and are left out.
    /// </summary>
    public IReadOnlyDictionary<ModelKind, RequestStats> Kinds { get; } =
        Enum.GetValues<ModelKind>().ToDictionary(k => k, k => new RequestStats(k.ToString()));

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

    public void Answered(WireRequest r, long now, long micros, Delivery delivery)
    {
        Interlocked.Decrement(ref _inFlight);
        Channels[r.Channel].Record(micros, r.Events.Length, delivery);
        var malformed = r.Channel == Channel.Malformed;
        if (!malformed) RecordKinds(r.Events, micros, delivery);
        timeline.Answered(now, micros, malformed ? 0 : r.Events.Length, malformed ? delivery.Final.Refused : delivery.Final.Ok);
    }

    private void RecordKinds(ModelEvent[] events, long micros, Delivery delivery)
    {
        Span<int> counts = stackalloc int[KindCount];
        foreach (var e in events) counts[(int)e.Kind]++;
        for (var k = 0; k < KindCount; k++)
            if (counts[k] > 0) Kinds[(ModelKind)k].Record(micros, counts[k], delivery);
    }

    private static readonly int KindCount = Enum.GetValues<ModelKind>().Length;

    public void NotSent(long count) => Interlocked.Add(ref _unsent, count);
}
