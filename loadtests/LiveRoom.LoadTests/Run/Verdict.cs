using LiveRoom.LoadTests.Load;

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

    /// <summary>
    /// Breaches of the thresholds by what was measured: the channels, and the freshness (null when
    /// no viewer ran). A freshness limit without a single sample is a breach: missing data is not a pass;
    /// so is a viewer whose board never showed the last marker (<paramref name="viewersBehind"/>), since
    /// a board that stopped yields no late samples at all.
    /// </summary>
    public static List<string> Breaches(Thresholds t, IReadOnlyCollection<RequestResult> channels, Latency? freshness, int viewersBehind = 0)
    {
        var breaches = new List<string>();
        foreach (var c in channels.Where(c => c.Requests > 0))
        {
            if (t.MaxP99Ms is { } p99 && c.Latency.P99 > p99) breaches.Add($"{c.Name}: p99 {c.Latency.P99:N1} ms > {p99} ms");
            if (t.MaxErrorRate is { } rate && c.ErrorRate > rate) breaches.Add($"{c.Name}: error rate {c.ErrorRate:P2} > {rate:P2}");
        }
        // Attempts, not requests: a 503 that the retry turned into a 200 still breaks "zero 5xx".
        var serverErrors = channels.Sum(c => c.ServerErrors);
        if (t.Max5xx is { } max5xx && serverErrors > max5xx)
            breaches.Add($"5xx answers: {serverErrors:N0} (every attempt, retried ones included) > {max5xx:N0}");
        if (t.MaxFreshnessP99Ms is { } fresh)
        {
            if (freshness is null or { Count: 0 }) breaches.Add("freshness: no sample (no viewer saw a marker), so its limit cannot be met");
            else if (freshness.P99 > fresh) breaches.Add($"freshness p99 {freshness.P99:N0} ms > {fresh} ms");
            if (viewersBehind > 0) breaches.Add($"freshness: {viewersBehind:N0} viewer(s) never showed the last marker (their board stopped updating)");
        }
        return breaches;
    }

    public static int ExitCode(Thresholds t, IReadOnlyCollection<string> truthProblems, IReadOnlyCollection<string> breaches) =>
        t.Truth && truthProblems.Count > 0 ? TruthMismatch
        : breaches.Count > 0 ? ThresholdBreached
        : Pass;
}
