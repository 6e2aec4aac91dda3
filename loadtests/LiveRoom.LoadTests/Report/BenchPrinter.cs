using LiveRoom.LoadTests.Load;
using Spectre.Console;

namespace LiveRoom.LoadTests.Report;

/// <summary>The console table of a bench run, with each target next to its measured figure.</summary>
public static class BenchPrinter
{
    public static void Print(BenchReport r)
    {
        // Redirected output (CI logs, tee) would otherwise be wrapped at 80 columns.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 180;
        var table = new Table().Title($"LiveRoom bench — {r.Label} — {r.StartedAt:yyyy-MM-dd HH:mm} UTC")
            .AddColumns("stage", "model", "conc.", "req/s", "events/s", "p50 ms", "p99 ms", "p99.9 ms", "errors", "rejected", "server cpu s", "tool cpu s", "redis cpu s", "others %", "events/cpu-s (server, or tool if in-process)");
        foreach (var s in new[] { r.Bare, r.Single, r.Batched, r.Freshness?.Background, r.RedisPerEvent, r.StatePerEvent, r.ChatCues?.Load })
            if (s is not null) table.AddRow(Row(s));
        AnsiConsole.Write(table);

        var checks = new Table().Title("targets").AddColumns("target", "measured", "verdict");
        if (r.Batched is { } b)
            checks.AddRow("batched ≥ 300,000 events/s", $"{b.EventsPerSecond:N0} events/s", Verdict(b.EventsPerSecond >= 300_000));
        if (r.SingleToBare is { } ratio)
            checks.AddRow("single POST ≥ 50% of bare Kestrel", $"{ratio:P0} ({r.Single!.RequestsPerSecond:N0} vs {r.Bare!.RequestsPerSecond:N0} req/s)", Verdict(ratio >= 0.5));
        if (r.BatchedToStatePerEvent is { } statePerEvent)
            checks.AddRow("batched ≥ 10× a grain writing state per event", $"{statePerEvent:N1}× ({r.Batched!.EventsPerSecond:N0} vs {r.StatePerEvent!.EventsPerSecond:N0} events/s, {r.StatePerEvent.StateWrites:N0} state writes)", Verdict(statePerEvent >= 10));
        if (r.BatchedToPerEvent is { } perEvent)
            checks.AddRow("batched ≥ 10× one Redis write per event", $"{perEvent:N1}× ({r.Batched!.EventsPerSecond:N0} vs {r.RedisPerEvent!.EventsPerSecond:N0} events/s)", Verdict(perEvent >= 10));
        if (r.Freshness is { } f)
        {
            checks.AddRow("freshness p99 ≤ 1 s @100k ev/s, 50 viewers",
                $"p50 {f.Freshness.P50:N0} / p99 {f.Freshness.P99:N0} / max {f.Freshness.Max:N0} ms; {f.Freshness.Count}/{f.ExpectedSamples} samples; background {f.Background.EventsPerSecond:N0} ev/s, {f.Background.Unsent} batches unsent",
                Verdict(f.Freshness.P99 <= 1000 && f.Freshness.Count >= f.ExpectedSamples * 0.99 && f.Background.EventsPerSecond >= 95_000));
        }
        if (r.Memory is { RssBytes: { } rss } m)
            checks.AddRow($"RSS ≤ 1 GB with {m.ActiveGroups:N0} active groups", $"{rss / 1048576.0:N0} MiB (peak {m.PeakRssBytes / 1048576.0:N0} MiB)", Verdict(rss <= 1L << 30));
        if (r.ChatCues is { } c)
        {
            checks.AddRow($"chat {c.OfferedMessagesPerSecond:N0} msg/s over {c.Groups:N0} groups keeps up",
                $"{c.Load.EventsPerSecond:N0} msg/s, {c.Load.Unsent} batches unsent, p99 {c.Load.Latency.P99:N0} ms per batch; {c.CuesIssued:N0} cues issued",
                Verdict(c.Load.Unsent == 0 && c.Load.EventsPerSecond >= c.OfferedMessagesPerSecond * 0.95));
            checks.AddRow("complaint → cue within one tick (250 ms)",
                $"p50 {c.CueP50Ms:N0} / p99 {c.CueP99Ms:N0} / max {c.CueMaxMs:N0} ms; {c.MarkersCued}/{c.Markers} markers cued",
                Verdict(c.MarkersCued == c.Markers && c.CueP99Ms <= 250));
        }
        AnsiConsole.Write(checks);
        var ratios = new List<string>();
        if (r.BatchedToStatePerEvent is { } hr) ratios.Add($"LiveRoom batched / grain state write per event = {hr:N1}×");
        if (r.BatchedToStatePerEventPerCpu is { } hc) ratios.Add($"the same per CPU-second = {hc:N1}×");
        if (r.BatchedToPerEvent is { } fr) ratios.Add($"LiveRoom batched / Redis write-per-event = {fr:N1}×");
        if (r.SingleToBare is { } sb) ratios.Add($"LiveRoom single / bare Kestrel = {sb:N2}×");
        if (ratios.Count > 0) AnsiConsole.MarkupLine($"ratios: {Markup.Escape(string.Join("; ", ratios))}");
    }

    private static string[] Row(StageResult s) =>
    [
        Markup.Escape(s.Name), Markup.Escape(s.Model), s.Concurrency.ToString(), $"{s.RequestsPerSecond:N0}", $"{s.EventsPerSecond:N0}",
        $"{s.Latency.P50:N1}", $"{s.Latency.P99:N1}", $"{s.Latency.P999:N1}", s.Errors.ToString(), s.RejectedEvents.ToString(),
        s.Cpu?.ServerSeconds is { } sv ? $"{sv:N1}" : "-", s.Cpu is { } c ? $"{c.ToolSeconds:N1}" : "-", s.Cpu?.RedisSeconds is { } rd ? $"{rd:N1}" : "-", s.Cpu is { } o ? $"{o.OthersShare:P0}" : "-",
        s.EventsPerCpuSecond is { } e ? $"{e:N0}" : "-",
    ];

    private static string Verdict(bool ok) => ok ? "[green]met[/]" : "[red]missed[/]";
}
