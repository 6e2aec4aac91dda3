using System.CommandLine;
using System.Text;
using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.Server;
using LiveRoom.LoadTests.Smoke;
using Spectre.Console;

namespace LiveRoom.LoadTests.Commands;

/// <summary>
/// `smoke`: a short run for CI. Sends a known mix (replays, retried webhooks, refunds, out of order)
/// as single events and batches, then checks the launch snapshot against the truth.
/// Exit 0 pass, 2 latency or error threshold breached (or over its time budget), 3 the numbers are wrong.
/// </summary>
public static class SmokeCommand
{
    public const int ThresholdBreached = 2;
    public const int TruthMismatch = 3;

    /// <summary>
    /// All of it — server start, warm-up, traffic, settling — within CI's 60 s (it takes ~5 s on
    /// the project's machine). Running over is a breach, not a hang or a crash.
    /// </summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    public static Command Create()
    {
        var common = new CommonOptions();
        var groups = new Option<int>("--groups") { DefaultValueFactory = _ => 200 };
        var pageViews = new Option<int>("--page-views") { DefaultValueFactory = _ => 4_000 };
        var orders = new Option<int>("--orders") { DefaultValueFactory = _ => 600 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 42 };
        var maxP99 = new Option<double>("--max-p99-ms") { Description = "Highest acceptable p99 request latency", DefaultValueFactory = _ => 1_000 };
        var maxErrors = new Option<double>("--max-error-rate") { Description = "Highest acceptable share of failed requests", DefaultValueFactory = _ => 0 };
        var budgetSeconds = new Option<double>("--budget-seconds") { Description = "Time budget of the whole smoke run; running over is a threshold breach", DefaultValueFactory = _ => Budget.TotalSeconds };
        var command = new Command("smoke", "Short truth check for CI (exit 0 pass, 2 threshold breach, 3 truth mismatch)");
        common.AddTo(command);
        foreach (var o in new Option[] { groups, pageViews, orders, seed, maxP99, maxErrors, budgetSeconds }) command.Options.Add(o);

        command.SetAction(async (parse, ct) =>
        {
            var allowed = TimeSpan.FromSeconds(parse.GetValue(budgetSeconds));
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
            budget.CancelAfter(allowed);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                var settings = new SmokeSettings(parse.GetValue(groups), parse.GetValue(pageViews), parse.GetValue(orders), parse.GetValue(seed), parse.GetValue(maxP99), parse.GetValue(maxErrors), allowed);
                return await SmokeAsync(parse, common, settings, clock, budget.Token);
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                AnsiConsole.MarkupLine($"[yellow]threshold breached[/] smoke ran over its {allowed.TotalSeconds:N0} s budget");
                return ThresholdBreached;
            }
        });
        return command;
    }

    private sealed record SmokeSettings(int Groups, int PageViews, int Orders, int Seed, double MaxP99Ms, double MaxErrorRate, TimeSpan Budget);

    private static async Task<int> SmokeAsync(ParseResult parse, CommonOptions common, SmokeSettings o, System.Diagnostics.Stopwatch clock, CancellationToken budget)
    {
        var started = DateTimeOffset.UtcNow;
        var logPath = Path.Combine(Path.GetTempPath(), $"liveroom-smoke-{started:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
        await using var session = await common.OpenAsync(parse, logPath, budget);
        var run = $"s{started:HHmmssfff}";
        await WarmUpAsync(session, run, budget);
        var plan = new LaunchPlan($"smoke-{started:yyyyMMdd-HHmmss}-{Random.Shared.Next(1000, 9999)}", o.Groups);
        var key = await session.Api.CreateLaunchAsync(plan, budget);
        var traffic = SmokePlan.Create(run, plan.Groups, o.PageViews, o.PageViews / 4, o.Orders, o.Seed);

        var (singles, batches) = await SendAsync(session.BaseAddress, plan.Id, key, traffic.Events, budget);
        var problems = await SettleAsync(session.Api, plan.Id, traffic.Truth, budget);

        var table = new Table().AddColumns("requests", "count", "errors", "p50 ms", "p99 ms", "max ms");
        foreach (var s in new[] { singles, batches })
            table.AddRow(s.Name, s.Requests.ToString(), (s.Errors + s.RejectedEvents).ToString(), $"{s.Latency.P50:N1}", $"{s.Latency.P99:N1}", $"{s.Latency.Max:N1}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"events sent: {traffic.Events.Count:N0}; truth: {traffic.Truth.Orders} orders, GMV {traffic.Truth.Gmv}, {traffic.Truth.PageViews} page views, {traffic.Truth.UniqueVisitors} UV");

        if (problems.Count > 0)
        {
            foreach (var p in problems.Take(20)) AnsiConsole.MarkupLine($"[red]truth mismatch[/] {Markup.Escape(p)}");
            AnsiConsole.MarkupLine($"server log: {Markup.Escape(logPath)}");
            return TruthMismatch;
        }
        var breaches = new List<string>();
        foreach (var s in new[] { singles, batches })
        {
            if (s.Latency.P99 > o.MaxP99Ms) breaches.Add($"{s.Name}: p99 {s.Latency.P99:N1} ms > {o.MaxP99Ms} ms");
            var errorRate = s.Requests == 0 ? 0 : (double)(s.Errors + s.RejectedEvents) / s.Requests;
            if (errorRate > o.MaxErrorRate) breaches.Add($"{s.Name}: error rate {errorRate:P2} > {o.MaxErrorRate:P2}");
        }
        foreach (var b in breaches) AnsiConsole.MarkupLine($"[yellow]threshold breached[/] {Markup.Escape(b)}");
        if (breaches.Count > 0) return ThresholdBreached;
        AnsiConsole.MarkupLine($"[green]smoke passed[/] in {clock.Elapsed.TotalSeconds:N1} s (budget {o.Budget.TotalSeconds:N0} s, server start included): the snapshot matches what was sent");
        return 0;
    }

    /// <summary>Every fifth event goes alone (the webhook path), the rest in batches of 250, both at once.</summary>
    private static async Task<(StageResult Singles, StageResult Batches)> SendAsync(Uri baseAddress, string launchId, string key, IReadOnlyList<string> events, CancellationToken ct)
    {
        using var http = HttpClients.Create(baseAddress, 12);
        var singleTarget = new PostTarget(http, new Uri(baseAddress, $"api/launches/{launchId}/events"), key);
        var batchTarget = new PostTarget(http, new Uri(baseAddress, $"api/launches/{launchId}/events/batch"), key);
        var single = events.Where((_, i) => i % 5 == 0).Select(e => Encoding.UTF8.GetBytes(e)).ToArray();
        var batched = events.Where((_, i) => i % 5 != 0).Chunk(250).Select(c => Encoding.UTF8.GetBytes($"[{string.Join(',', c)}]")).ToArray();
        var singles = Replay("single events", singleTarget, single, 8, ct);
        var batches = Replay("batches of 250", batchTarget, batched, 3, ct);
        return (await singles, await batches);
    }

    /// <summary>
    /// A few events to a throw-away launch first: the first requests of a fresh process pay for JIT
    /// and grain activation, which is startup cost, not the latency the thresholds are about.
    /// </summary>
    private static async Task WarmUpAsync(ServerSession session, string run, CancellationToken ct)
    {
        var warm = new LaunchPlan($"warm-{run}", 10);
        var key = await session.Api.CreateLaunchAsync(warm, ct);
        var events = SmokePlan.Create(run + "w", warm.Groups, 200, 50, 40, seed: 1).Events;
        await SendAsync(session.BaseAddress, warm.Id, key, events, ct);
    }

    /// <summary>Sends each body once, from a few workers; closed model (the point here is truth, not load).</summary>
    private static async Task<StageResult> Replay(string name, PostTarget target, byte[][] bodies, int workers, CancellationToken ct)
    {
        var recorder = new LatencyRecorder();
        long next = -1, errors = 0, rejected = 0;
        var started = PostTarget.Now;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var histogram = recorder.NewWorker();
            for (var i = Interlocked.Increment(ref next); i < bodies.Length; i = Interlocked.Increment(ref next))
            {
                ct.ThrowIfCancellationRequested();
                var sent = PostTarget.Now;
                var (ok, anyRejected) = await target.SendAsync(bodies[i], bodies[i].Length, ct);
                histogram.RecordValue(LatencyRecorder.Micros(sent, PostTarget.Now));
                if (!ok) Interlocked.Increment(ref errors);
                else if (anyRejected) Interlocked.Increment(ref rejected);
            }
        })));
        return new StageResult(name, "closed", workers, LatencyRecorder.Micros(started, PostTarget.Now) / 1e6, bodies.Length, 0, errors, rejected, recorder.Summary());
    }

    /// <summary>Traffic reaches the board within a few flushes; poll until it matches or 15 s pass.</summary>
    private static async Task<List<string>> SettleAsync(LiveRoomApi api, string launchId, SmokeTruth truth, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var problems = TruthCheck.Compare(truth, await api.SnapshotAsync(launchId, ct));
            if (problems.Count == 0 || DateTime.UtcNow > deadline) return problems;
            await Task.Delay(250, ct);
        }
    }
}
