using System.Globalization;

namespace LiveRoom.LoadTests.Report;

/// <summary>The report's tables, built once and rendered as Markdown and as HTML.</summary>
public static class ReportTables
{
    public sealed record Table(string Title, string[] Headers, List<string[]> Rows);

    private static string N(double v, string format = "N0") => v.ToString(format, CultureInfo.InvariantCulture);

    public static string VerdictLine(RunReport r) => r.ExitCode switch
    {
        0 => "PASS (exit 0)",
        2 => "THRESHOLD BREACHED (exit 2)",
        3 => "TRUTH MISMATCH (exit 3)",
        var c => $"FAILED (exit {c})",
    };

    /// <summary>Latency percentiles and answers by status of each channel or event kind that saw a request.</summary>
    private static Table Requests(string title, string what, List<Run.RequestResult> rows) =>
        new(title, [what, "requests", "events", "errors", "5xx", "p50", "p90", "p99", "p99.9", "max", "answers"],
            rows.Where(c => c.Requests > 0).Select(c => new[]
            {
                c.Name, N(c.Requests), N(c.Events), N(c.Errors), N(c.ServerErrors), N(c.Latency.P50, "N1"), N(c.Latency.P90, "N1"), N(c.Latency.P99, "N1"),
                N(c.Latency.P999, "N1"), N(c.Latency.Max, "N1"), string.Join(", ", c.ByStatus.Select(b => $"{b.Key}: {N(b.Value)}")),
            }).ToList());

    public static List<Table> Build(RunReport r)
    {
        var s = r.Settings;
        var tables = new List<Table>
        {
            new("Run", ["setting", "value"],
            [
                ["target", r.Target], ["started (UTC)", r.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)],
                ["machine", $"{r.Machine.Cpu}, {r.Machine.Cores} cores, {r.Machine.Os}, {r.Machine.Runtime}"],
                ["profile", s.Profile], ["groups", N(s.Groups)], ["members", s.Members], ["duration", $"{N(s.DurationSeconds)} s (wall {N(r.WallSeconds, "N1")} s)"],
                ["seed", s.Seed.ToString(CultureInfo.InvariantCulture)], ["injection", $"{s.Injection}, concurrency {s.Concurrency}"],
                ["viewers", N(s.Viewers)], ["chaos", s.Chaos],
            ]),
            new("Model and truth", ["what", "planned / expected"],
            [
                .. r.Model.EventsByKind.Select(k => new[] { $"{k.Key} events", N(k.Value) }),
                ["members (registered + joins − leaves)", N(r.Model.Members)], ["unique visitors", N(r.Model.UniqueVisitors)], ["page views", N(r.Model.PageViews)],
                ["接龙 sign-ups", N(r.Model.Signups)], ["orders (net of refunds)", N(r.Model.Orders)], ["GMV", r.Model.Gmv.ToString("N2", CultureInfo.InvariantCulture)],
                ["chat messages", N(r.Model.Messages)],
                .. r.Model.StockBySku.Select(k => new[] { $"SKU {k.Key}: stock / sold", $"{N(k.Value)} / {N(r.Model.SoldBySku.GetValueOrDefault(k.Key))}" }),
                ["orders lost to sold-out stock", N(r.Model.SoldOutMisses)],
            ]),
            Requests("Requests by channel (latency from the intended send time, ms; answers count every attempt)", "channel", r.Channels),
            Requests("Requests by event kind (a request carrying several kinds counts for each of them)", "kind", r.Kinds),
        };
        if (r.Freshness is { } f)
            tables.Add(new("Freshness (marker order sent → viewer's update shows it, ms)", ["viewers", "markers", "samples", "p50", "p90", "p99", "max", "updates/viewer/s", "reconnects", "viewers behind at end"],
                [[N(f.Viewers), N(f.Markers), $"{N(f.Samples)} / {N(f.ExpectedSamples)}", N(f.Freshness.P50), N(f.Freshness.P90), N(f.Freshness.P99), N(f.Freshness.Max), N(f.UpdatesPerViewerPerSecond, "N1"), N(f.Reconnects), N(f.ViewersBehind)]]));
        if (r.SeededMembers is { } m)
            tables.Add(new("Seeded members and cues (cue issued → acknowledged, ms)",
                ["seeded members", "cues on board", "cues to them seen", "acks planned", "acknowledged", "expired first", "failed", "left at end", "p50", "p90", "p99", "max", "tool lag p99", "board shows acknowledged"],
                [[N(m.SeededMembers), N(m.CuesOnBoard), N(m.CuesSeen), $"{N(m.AcksPlanned)} ({N(m.AckShare * 100)} %, median {N(m.MedianDelaySeconds)} s)", N(m.Acknowledged), N(m.Expired), N(m.Failed), N(m.LeftAtEnd),
                  N(m.IssueToAck.P50), N(m.IssueToAck.P90), N(m.IssueToAck.P99), N(m.IssueToAck.Max), N(m.Lag.P99), N(m.BoardAcknowledged)]]));
        if (r.Cpu is { } cpu)
            tables.Add(new("CPU (seconds over the run)", ["server", "this tool", "tool share of the machine", "other processes"],
                [[cpu.ServerSeconds is { } sv ? N(sv, "N1") : "- (remote)", N(cpu.ToolSeconds, "N1"), (cpu.ToolSeconds / (cpu.WallSeconds * cpu.Cores)).ToString("P0", CultureInfo.InvariantCulture), cpu.OthersShare.ToString("P0", CultureInfo.InvariantCulture)]]));
        tables.Add(new("Checks", ["check", "result"],
        [
            ["truth", r.TruthProblems.Count == 0 ? "matches" : $"{r.TruthProblems.Count} mismatches: " + string.Join("; ", r.TruthProblems.Take(10))],
            ["thresholds", $"p99 ≤ {r.Thresholds.MaxP99Ms?.ToString(CultureInfo.InvariantCulture) ?? "-"} ms, error rate ≤ {r.Thresholds.MaxErrorRate?.ToString("P2", CultureInfo.InvariantCulture) ?? "-"}, 5xx answers ≤ {r.Thresholds.Max5xx?.ToString(CultureInfo.InvariantCulture) ?? "-"}, freshness p99 ≤ {r.Thresholds.MaxFreshnessP99Ms?.ToString(CultureInfo.InvariantCulture) ?? "-"} ms"],
            ["breaches", r.Breaches.Count == 0 ? "none" : string.Join("; ", r.Breaches)],
            ["requests never sent", N(r.UnsentRequests)],
            ["retries (no answer or 5xx)", N(r.Retries)],
            ["5xx answers (every attempt)", N(r.Channels.Sum(c => c.ServerErrors))],
            ["throughput", $"{N(r.EventsAcknowledged)} events acknowledged, {N(r.EventsPerSecond)} events/s over the wall time"],
        ]));
        return tables;
    }
}
