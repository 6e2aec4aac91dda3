using System.Diagnostics;
using HdrHistogram;

namespace LiveRoom.LoadTests.Run;

/// <summary>
/// Per-second samples for the report's charts: events planned (by due time) and acknowledged (by
/// answer time), errors, request latency and freshness percentiles. Second 0 is the run's start
/// (<see cref="Begin"/>).
/// </summary>
public sealed class RunTimeline(int seconds)
{
    private long _start;

    /// <summary>The Stopwatch timestamp of second 0; set once traffic starts (after viewers connected).</summary>
    public long Start => Volatile.Read(ref _start);

    public void Begin(long startTimestamp) => Volatile.Write(ref _start, startTimestamp);

    // 2 significant digits keep a second's histogram small; the run's own totals use 3.
    private const long MaxMicros = 600_000_000;
    private readonly Second[] _seconds = Enumerable.Range(0, seconds).Select(_ => new Second()).ToArray();

    private sealed class Second
    {
        public long Planned, Done, Requests, Errors;
        public LongHistogram? Latency, Freshness;
    }

    public int Length => _seconds.Length;

    public void Plan(long dueMs, int events)
    {
        if (At(dueMs / 1000) is { } s) Interlocked.Add(ref s.Planned, events);
    }

    public void Answered(long now, long micros, int events, bool ok)
    {
        if (At(SecondOf(now)) is not { } s) return;
        Interlocked.Increment(ref s.Requests);
        if (ok) Interlocked.Add(ref s.Done, events);
        else Interlocked.Increment(ref s.Errors);
        Record(ref s.Latency, micros);
    }

    public void Fresh(long now, long micros)
    {
        if (At(SecondOf(now)) is { } s) Record(ref s.Freshness, micros);
    }

    /// <summary>The events acknowledged in the last complete second (for the live view).</summary>
    public long DoneInSecond(long second) => At(second)?.Done ?? 0;

    public long PlannedInSecond(long second) => At(second)?.Planned ?? 0;

    public long SecondOf(long timestamp) => (timestamp - Start) / Stopwatch.Frequency;

    public List<TimelinePoint> Points(int upTo)
    {
        var points = new List<TimelinePoint>();
        for (var i = 0; i < Math.Min(upTo, _seconds.Length); i++)
        {
            var s = _seconds[i];
            points.Add(new TimelinePoint(i, s.Planned, s.Done, s.Requests, s.Errors,
                Percentile(s.Latency, 50), Percentile(s.Latency, 99), Percentile(s.Freshness, 50), Percentile(s.Freshness, 99)));
        }
        return points;
    }

    private Second? At(long second) => second >= 0 && second < _seconds.Length ? _seconds[second] : null;

    private static void Record(ref LongHistogram? slot, long micros)
    {
        var h = LazyInitializer.EnsureInitialized(ref slot, () => new LongHistogram(MaxMicros, 2));
        lock (h) h.RecordValue(Math.Clamp(micros, 1, MaxMicros));
    }

    private static double? Percentile(LongHistogram? h, double p)
    {
        if (h is null) return null;
        lock (h) return h.TotalCount == 0 ? null : h.GetValueAtPercentile(p) / 1000.0;
    }
}

/// <summary>One second of the run; latencies and freshness in milliseconds (null: no sample that second).</summary>
public sealed record TimelinePoint(int Second, long Planned, long Done, long Requests, long Errors,
    double? LatencyP50, double? LatencyP99, double? FreshnessP50, double? FreshnessP99);
