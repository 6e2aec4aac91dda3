using System.Diagnostics;
using HdrHistogram;

namespace LiveRoom.LoadTests.Load;

/// <summary>
/// Latencies in microseconds, one HdrHistogram per worker (they are not thread-safe) merged at the
/// end. Range 1 µs … 1 h at 3 significant digits; longer values are clamped (a stalled run still reports).
/// </summary>
public sealed class LatencyRecorder
{
    private readonly List<LongHistogram> _all = [];

    public LongHistogram NewWorker()
    {
        var h = new LongHistogram(MaxMicros, 3);
        lock (_all) _all.Add(h);
        return h;
    }

    private const long MaxMicros = 3_600_000_000;

    public static long Micros(long fromTimestamp, long toTimestamp) =>
        Math.Clamp((toTimestamp - fromTimestamp) * 1_000_000 / Stopwatch.Frequency, 1, MaxMicros);

    public Latency Summary()
    {
        var merged = new LongHistogram(MaxMicros, 3);
        lock (_all) foreach (var h in _all) merged.Add(h);
        return Summarise(merged);
    }

    /// <summary>A histogram of microseconds as percentiles in milliseconds.</summary>
    public static Latency Summarise(LongHistogram h)
    {
        if (h.TotalCount == 0) return new Latency(0, 0, 0, 0, 0, 0);
        return new Latency(
            h.TotalCount,
            h.GetValueAtPercentile(50) / 1000.0,
            h.GetValueAtPercentile(90) / 1000.0,
            h.GetValueAtPercentile(99) / 1000.0,
            h.GetValueAtPercentile(99.9) / 1000.0,
            h.GetMaxValue() / 1000.0);
    }

    /// <summary>A histogram with this recorder's range, for a single writer.</summary>
    public static LongHistogram NewHistogram() => new(MaxMicros, 3);
}

/// <summary>Latency percentiles in milliseconds.</summary>
public sealed record Latency(long Count, double P50, double P90, double P99, double P999, double Max);
