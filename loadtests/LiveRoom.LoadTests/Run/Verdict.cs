namespace LiveRoom.LoadTests.Run;

/// <summary>
/// The run's outcome as an exit code: 0 pass, 1 usage or setup error, 2 a threshold breached,
/// 3 the truth does not match (a wrong number outranks a slow one).
/// </summary>
public static class Verdict
{
    public const int Pass = 0;
    public const int Usage = 1;
    public const int ThresholdBreached = 2;
    public const int TruthMismatch = 3;

    /// <summary>Breaches of the thresholds by what was measured (channels, freshness p99 if measured).</summary>
    public static List<string> Breaches(Thresholds t, IEnumerable<ChannelResult> channels, double? freshnessP99Ms)
    {
        var breaches = new List<string>();
        foreach (var c in channels.Where(c => c.Requests > 0))
        {
            if (t.MaxP99Ms is { } p99 && c.Latency.P99 > p99) breaches.Add($"{c.Channel}: p99 {c.Latency.P99:N1} ms > {p99} ms");
            if (t.MaxErrorRate is { } rate && c.ErrorRate > rate) breaches.Add($"{c.Channel}: error rate {c.ErrorRate:P2} > {rate:P2}");
        }
        if (t.MaxFreshnessP99Ms is { } fresh && freshnessP99Ms is { } measured && measured > fresh)
            breaches.Add($"freshness p99 {measured:N0} ms > {fresh} ms");
        return breaches;
    }

    public static int ExitCode(Thresholds t, IReadOnlyCollection<string> truthProblems, IReadOnlyCollection<string> breaches) =>
        t.Truth && truthProblems.Count > 0 ? TruthMismatch
        : breaches.Count > 0 ? ThresholdBreached
        : Pass;
}
