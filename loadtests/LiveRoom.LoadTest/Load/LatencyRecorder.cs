using System.Diagnostics;
using HdrHistogram;

namespace LiveRoom.LoadTest.Load;

/// <summary>
/// Latencies in microseconds, one HdrHistogram per worker (they are not thread-safe) merged at the
/// end. Range 1 µs … 60 s at 3 significant digits.
/// </summary>
public sealed class LatencyRecorder
{
    private readonly List<LongHistogram> _all = [];

    public LongHistogram NewWorker()
    {
        var h = new LongHistogram(60_000_000, 3);
        lock (_all) _all.Add(h);
        return h;
    }

    public static long Micros(long fromTimestamp, long toTimestamp) =>
        Math.Max(1, (toTimestamp - fromTimestamp) * 1_000_000 / Stopwatch.Frequency);

    public Latency Summary()
    {
        var merged = new LongHistogram(60_000_000, 3);
        lock (_all) foreach (var h in _all) merged.Add(h);
        if (merged.TotalCount == 0) return new Latency(0, 0, 0, 0, 0, 0);
        return new Latency(
            merged.TotalCount,
            merged.GetValueAtPercentile(50) / 1000.0,
            merged.GetValueAtPercentile(90) / 1000.0,
            merged.GetValueAtPercentile(99) / 1000.0,
            merged.GetValueAtPercentile(99.9) / 1000.0,
            merged.GetMaxValue() / 1000.0);
    }
}

/// <summary>Latency percentiles in milliseconds.</summary>
public sealed record Latency(long Count, double P50, double P90, double P99, double P999, double Max);
