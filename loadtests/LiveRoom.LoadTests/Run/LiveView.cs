using System.Diagnostics;
using System.Globalization;
using LiveRoom.LoadTests.Model;
using Spectre.Console.Rendering;
using Spectre.Console;

namespace LiveRoom.LoadTests.Run;

/// <summary>
/// Progress while a run goes: a Spectre.Console live table refreshed every second, or — when the
/// output is redirected (CI logs) or --plain is given — one plain line every 5 s. Requests are
/// shown by channel (how they travel) and by event kind (what they carry).
/// </summary>
public sealed class LiveView(RunMetrics metrics, RateProfile profile, TimeSpan duration, Func<int> viewers)
{
    public static bool PlainByDefault => Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive;

    public async Task ShowAsync(Task until, bool plain)
    {
        if (plain)
        {
            while (!until.IsCompleted)
            {
                await Task.WhenAny(until, Task.Delay(TimeSpan.FromSeconds(5)));
                Console.WriteLine(Line());
            }
            return;
        }
        await AnsiConsole.Live(View()).StartAsync(async ctx =>
        {
            while (!until.IsCompleted)
            {
                await Task.WhenAny(until, Task.Delay(TimeSpan.FromSeconds(1)));
                ctx.UpdateTarget(View());
            }
        });
    }

    private (double Seconds, double Fraction, long LastSecond) Clock()
    {
        var seconds = Stopwatch.GetElapsedTime(metrics.Timeline.Start).TotalSeconds;
        return (seconds, Math.Min(1, seconds / duration.TotalSeconds), (long)seconds - 1);
    }

    private string Line()
    {
        var (seconds, fraction, last) = Clock();
        var channels = string.Join("; ", metrics.Channels.Values.Where(c => c.Requests > 0).Select(c =>
        {
            var l = c.Latency();
            return $"{c.Name} {c.Requests:N0} req p50 {l.P50:N0} p99 {l.P99:N0} ms err {c.Errors:N0}";
        }));
        var kinds = string.Join(", ", metrics.Kinds.Values.Where(k => k.Requests > 0).Select(k => $"{k.Name} p99 {k.Latency().P99:N0}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"[{seconds,6:N0}s {fraction,4:P0} {profile.PhaseAt(fraction)}] planned {metrics.Timeline.PlannedInSecond(last):N0}/s acked {metrics.Timeline.DoneInSecond(last):N0}/s in flight {metrics.InFlight:N0} sent {metrics.Sent:N0}/{metrics.Total:N0} | {channels} | kinds ms: {kinds} | freshness p99 {Freshness(last)} | viewers {viewers()}");
    }

    private string Freshness(long second) =>
        metrics.Timeline.Points((int)second + 1).LastOrDefault()?.FreshnessP99 is { } f ? $"{f:N0} ms" : "-";

    private IRenderable View()
    {
        var (seconds, fraction, last) = Clock();
        var channels = Requests("channel", metrics.Channels.Values)
            .Title($"LiveRoom run — {profile.Name} — {profile.PhaseAt(fraction)} — {seconds:N0}/{duration.TotalSeconds:N0} s");
        var bar = new string('█', (int)(fraction * 30)).PadRight(30, '░');
        channels.Caption($"{bar} {fraction:P0} · planned {metrics.Timeline.PlannedInSecond(last):N0}/s · acknowledged {metrics.Timeline.DoneInSecond(last):N0} events/s · in flight {metrics.InFlight:N0} · sent {metrics.Sent:N0}/{metrics.Total:N0} requests · freshness p99 {Freshness(last)} · viewers {viewers()}");
        return new Rows(channels, Requests("event kind", metrics.Kinds.Values));
    }

    private static Table Requests(string what, IEnumerable<RequestStats> rows)
    {
        var table = new Table().AddColumns(what, "requests", "events", "errors", "5xx", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms");
        foreach (var c in rows)
        {
            var l = c.Latency();
            table.AddRow(c.Name, $"{c.Requests:N0}", $"{c.Events:N0}", c.Errors == 0 ? "0" : $"[red]{c.Errors:N0}[/]",
                c.ServerErrors == 0 ? "0" : $"[red]{c.ServerErrors:N0}[/]", $"{l.P50:N1}", $"{l.P90:N1}", $"{l.P99:N1}", $"{l.P999:N1}", $"{l.Max:N1}");
        }
        return table;
    }
}
