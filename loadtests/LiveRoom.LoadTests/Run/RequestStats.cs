using System.Collections.Concurrent;
using HdrHistogram;
using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Run;

/// <summary>
/// Latency, throughput and answers by status of one slice of the traffic — a channel, or an event
/// kind — updated as answers arrive. Statuses count every attempt, so a 503 that a retry turned
/// into a 200 still shows (and counts as a 5xx).
/// </summary>
public sealed class RequestStats(string name, bool refusalIsSuccess = false)
{
    private readonly LatencyRecorder _recorder = new();
    private readonly ConcurrentDictionary<string, long> _byStatus = new();
    private LongHistogram? _histogram;
    private long _requests, _events, _errors, _serverErrors;

    public string Name => name;
    public long Requests => Interlocked.Read(ref _requests);
    public long Events => Interlocked.Read(ref _events);
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Attempts answered 5xx, retried ones included.</summary>
    public long ServerErrors => Interlocked.Read(ref _serverErrors);

    /// <param name="events">The events of this slice the request carried (counted when it succeeded).</param>
    public void Record(long micros, int events, Delivery delivery)
    {
        var histogram = LazyInitializer.EnsureInitialized(ref _histogram, _recorder.NewWorker);
        lock (histogram) histogram.RecordValue(micros);
        Interlocked.Increment(ref _requests);
        // A malformed webhook is a success when refused; anything else when fully accepted.
        var ok = refusalIsSuccess ? delivery.Final.Refused : delivery.Final.Ok;
        if (ok) Interlocked.Add(ref _events, events);
        else Interlocked.Increment(ref _errors);
        foreach (var attempt in delivery.Attempts)
        {
            _byStatus.AddOrUpdate(StatusName(attempt), 1, (_, n) => n + 1);
            if (attempt.Status >= 500) Interlocked.Increment(ref _serverErrors);
        }
    }

    public Latency Latency()
    {
        var histogram = _histogram;
        if (histogram is null) return _recorder.Summary();
        lock (histogram) return _recorder.Summary();
    }

    public RequestResult Result() =>
        new(name, Requests, Events, Errors, ServerErrors, new SortedDictionary<string, long>(_byStatus), Latency());

    private static string StatusName(WireOutcome o) => o.Status switch
    {
        0 => "no answer",
        200 when o.AnyRejected => "200 with rejected events",
        var s => s.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// One channel's or event kind's figures in the report. <see cref="Errors"/> counts requests whose
/// final answer failed (for the malformed channel: broken webhooks LiveRoom did NOT refuse);
/// <see cref="ByStatus"/> and <see cref="ServerErrors"/> count every attempt.
/// </summary>
public sealed record RequestResult(string Name, long Requests, long Events, long Errors, long ServerErrors,
    SortedDictionary<string, long> ByStatus, Latency Latency)
{
    public double ErrorRate => Requests == 0 ? 0 : (double)Errors / Requests;
}
