using System.Collections.Concurrent;
using HdrHistogram;
using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Run;

/// <summary>Latency, throughput and errors by status of one channel, updated as answers arrive.</summary>
public sealed class ChannelStats(Channel channel)
{
    private readonly LatencyRecorder _recorder = new();
    private readonly ConcurrentDictionary<string, long> _byStatus = new();
    private LongHistogram? _histogram;
    private long _requests, _events, _errors;

    public Channel Channel => channel;
    public long Requests => Interlocked.Read(ref _requests);
    public long Events => Interlocked.Read(ref _events);
    public long Errors => Interlocked.Read(ref _errors);

    public void Record(long micros, int events, WireOutcome outcome)
    {
        var histogram = LazyInitializer.EnsureInitialized(ref _histogram, _recorder.NewWorker);
        lock (histogram) histogram.RecordValue(micros);
        Interlocked.Increment(ref _requests);
        // A malformed webhook is a success when refused; anything else when fully accepted.
        var ok = channel == Channel.Malformed ? outcome.Refused : outcome.Ok;
        if (ok) Interlocked.Add(ref _events, events);
        else Interlocked.Increment(ref _errors);
        _byStatus.AddOrUpdate(StatusName(outcome), 1, (_, n) => n + 1);
    }

    public Latency Latency()
    {
        var histogram = _histogram;
        if (histogram is null) return _recorder.Summary();
        lock (histogram) return _recorder.Summary();
    }

    public ChannelResult Result() =>
        new(channel.ToString(), Requests, Events, Errors, new SortedDictionary<string, long>(_byStatus), Latency());

    private static string StatusName(WireOutcome o) => o.Status switch
    {
        0 => "no answer",
        200 when o.AnyRejected => "200 with rejected events",
        var s => s.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// One channel's figures in the report. For the malformed channel, <see cref="Errors"/> counts
/// broken webhooks LiveRoom did NOT refuse.
/// </summary>
public sealed record ChannelResult(string Channel, long Requests, long Events, long Errors, SortedDictionary<string, long> ByStatus, Latency Latency)
{
    public double ErrorRate => Requests == 0 ? 0 : (double)Errors / Requests;
}
