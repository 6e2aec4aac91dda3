using System.CommandLine;
using System.Text.Json;
using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Freshness;
using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.Report;
using LiveRoom.LoadTests.Server;
using LiveRoom.LoadTests.StatePerEvent;
using Spectre.Console;

namespace LiveRoom.LoadTests.Commands;

/// <summary>
/// `bench`: in one run, against one server, measures (a) a bare Kestrel JSON POST hosted here,
/// (b) single-event ingestion, (c) batched ingestion, (d) event-to-hub freshness under paced load,
/// (e) resident memory with many active groups, (f) the write-per-event baseline (the same stream
/// straight to Redis, one awaited command per event), (g) chat parsing, mood and cues with many groups,
/// (h) the state-per-event design (a grain per group awaiting a Redis state write per event).
/// See docs/benchmarks.md.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var label = new Option<string>("--label") { Description = "Name of this run in the results", DefaultValueFactory = _ => "run" };
        var seconds = new Option<int>("--seconds") { Description = "Length of each throughput stage", DefaultValueFactory = _ => 10 };
        var connections = new Option<int>("--connections") { Description = "Concurrent connections for single-event POSTs (and the bare endpoint)", DefaultValueFactory = _ => 32 };
        var batchConnections = new Option<int>("--batch-connections") { Description = "Concurrent connections for batches", DefaultValueFactory = _ => 6 };
        var groups = new Option<int>("--groups") { Description = "Groups of the bench launch", DefaultValueFactory = _ => 2_000 };
        var viewers = new Option<int>("--viewers") { Description = "SignalR subscribers in the freshness stage", DefaultValueFactory = _ => 50 };
        var freshRate = new Option<int>("--fresh-rate") { Description = "Background events/s during the freshness stage", DefaultValueFactory = _ => 100_000 };
        var freshSeconds = new Option<int>("--fresh-seconds") { Description = "Length of the freshness stage", DefaultValueFactory = _ => 20 };
        var rssGroups = new Option<int>("--rss-groups") { Description = "Active groups for the memory stage (0 skips it)", DefaultValueFactory = _ => 10_000 };
        var warmup = new Option<int>("--warmup") { Description = "Seconds of warm-up traffic before measuring (JIT tiering, grain activation)", DefaultValueFactory = _ => 12 };
        var spread = new Option<bool>("--spread") { Description = "Orders and chat spread over every group (group from a hash of the event number); default: the historical stream, where they land in 2 % and 1 % of the groups" };
        var pageViewsOnly = new Option<bool>("--page-views-only") { Description = "Batches without orders and chat (to separate the traffic path from business events)" };
        var stages = new Option<string>("--stages") { Description = "Stages to run, any of a,b,c,d,e,f,g,h (g, the chat and cue stage, runs only when asked; f and h need Redis)", DefaultValueFactory = _ => "abcdefh" };
        var redisWorkers = new Option<int?>("--redis-workers") { Description = "Concurrent writers in stage (f) (default: --connections; 1 = strictly one write at a time)" };
        var redis = new Option<string?>("--redis") { Description = "Redis for stages (f) and (h), the write-per-event baselines (default: LIVEROOM_TEST_REDIS; skipped when neither is set)" };

        var chatGroups = new Option<int>("--chat-groups") { Description = "Groups of the chat/cue stage (g)", DefaultValueFactory = _ => 10_000 };
        var chatRate = new Option<int>("--chat-rate") { Description = "Chat messages/s of the chat/cue stage (g)", DefaultValueFactory = _ => 20_000 };
        var chatSeconds = new Option<int>("--chat-seconds") { Description = "Length of the chat/cue stage (g)", DefaultValueFactory = _ => 30 };

        var command = new Command("bench", "Measure ingestion throughput, freshness and memory in one run");
        common.AddTo(command);
        foreach (var o in new Option[] { label, seconds, connections, batchConnections, groups, viewers, freshRate, freshSeconds, rssGroups, stages, warmup, pageViewsOnly, spread, redis, redisWorkers, chatGroups, chatRate, chatSeconds })
            command.Options.Add(o);

        command.SetAction(async (parse, ct) =>
        {
            var settings = new BenchSettings(parse.GetValue(label)!, TimeSpan.FromSeconds(parse.GetValue(seconds)), parse.GetValue(connections),
                parse.GetValue(batchConnections), parse.GetValue(groups), parse.GetValue(viewers), parse.GetValue(freshRate),
                TimeSpan.FromSeconds(parse.GetValue(freshSeconds)), parse.GetValue(rssGroups), parse.GetValue(stages)!, TimeSpan.FromSeconds(parse.GetValue(warmup)), parse.GetValue(pageViewsOnly),
                RedisBaseline.Configured(parse.GetValue(redis)), parse.GetValue(redisWorkers) ?? parse.GetValue(connections),
                parse.GetValue(chatGroups), parse.GetValue(chatRate), TimeSpan.FromSeconds(parse.GetValue(chatSeconds)), parse.GetValue(spread));
            var started = DateTimeOffset.UtcNow;
            var logPath = Path.Combine(ResultsFolder.Path, $"server-{started:yyyyMMdd-HHmmss}.log");
            await using var session = await common.OpenAsync(parse, logPath, ct);
            var path = Path.Combine(ResultsFolder.Path, $"bench-{settings.Label}-{started:yyyyMMdd-HHmmss}.json");
            Directory.CreateDirectory(ResultsFolder.Path);
            // Written after every stage, so a stage that fails still leaves the earlier numbers.
            async Task Save(BenchReport r) =>
                await File.WriteAllTextAsync(path, JsonSerializer.Serialize(r with { ServerEnvironment = common.Environment(parse) }, new JsonSerializerOptions { WriteIndented = true }), ct);
            var report = await RunAsync(session, settings, started, Save) with { ServerEnvironment = common.Environment(parse) };
            BenchPrinter.Print(report);
            AnsiConsole.MarkupLine($"results: [blue]{Markup.Escape(path)}[/]");
            return 0;
        });
        return command;
    }

    private sealed record BenchSettings(string Label, TimeSpan Stage, int Connections, int BatchConnections, int Groups, int Viewers,
        int FreshRate, TimeSpan FreshStage, int RssGroups, string Stages, TimeSpan Warmup, bool PageViewsOnly, string? Redis, int RedisWorkers,
        int ChatGroups, int ChatRate, TimeSpan ChatStage, bool Spread);

    private static async Task<BenchReport> RunAsync(ServerSession session, BenchSettings s, DateTimeOffset started, Func<BenchReport, Task> save)
    {
        var run = $"r{started:HHmmss}";
        var plan = new LaunchPlan($"bench-{started:yyyyMMdd-HHmmss}", s.Groups);
        var key = await session.Api.CreateLaunchAsync(plan);
        // One stream for every stage that replays it (c, d, f, h): the baselines see exactly what LiveRoom sees.
        var writer = new EventWriter(run, s.Groups, visitors: 200_000, s.Spread);
        var eventsUrl = new Uri(session.BaseAddress, $"api/launches/{plan.Id}/events");
        var batchUrl = new Uri(session.BaseAddress, $"api/launches/{plan.Id}/events/batch");
        using var singleHttp = HttpClients.Create(session.BaseAddress, s.Connections);
        using var batchHttp = HttpClients.Create(session.BaseAddress, Math.Max(s.BatchConnections, 8));
        var single = new PostTarget(singleHttp, eventsUrl, key);
        var batch = new PostTarget(batchHttp, batchUrl, key);

        // Every stage numbers its own events from a distinct range, so no id is ever sent twice.
        long Range(int stage) => stage * 1_000_000_000L;
        BodyFactory PageViews(int stage) => (buffer, seq) => (writer.PageView(buffer, Range(stage) + seq), 1);
        BodyFactory Batches(int stage) => s.PageViewsOnly
            ? (buffer, seq) => (writer.PageViewBatch(buffer, Range(stage) + seq * 1000, 1000), 1000)
            : (buffer, seq) => (writer.MixedBatch(buffer, Range(stage) + seq * 1000, 1000), 1000);

        var pid = session.Process?.Pid;
        // The durable-mode stages spend CPU in redis-server as well: count it apart from the neighbours.
        var redisPid = s.Redis is null ? null : await RedisBaseline.LocalPidAsync(s.Redis);
        var report = new BenchReport { Label = s.Label, StartedAt = started, Machine = MachineInfo.Current(), Target = session.BaseAddress.ToString(), Spread = s.Spread };

        Step("warm-up (JIT, connections, grain activations)");
        await ClosedLoop.RunAsync("warm-up batches", batch, s.BatchConnections, 1000, Batches(1), s.Warmup * 0.6);
        await ClosedLoop.RunAsync("warm-up single", single, s.Connections, 1, PageViews(2), s.Warmup * 0.4);

        if (s.Stages.Contains('a'))
        {
            Step("(a) bare Kestrel JSON POST (in this process)");
            await using var bare = await BareJsonEndpoint.StartAsync();
            using var bareHttp = HttpClients.Create(bare.Url, s.Connections);
            var bareTarget = new PostTarget(bareHttp, bare.Url, null);
            await ClosedLoop.RunAsync("warm-up bare", bareTarget, s.Connections, 1, PageViews(3), TimeSpan.FromSeconds(2));
            report = report with { Bare = await Measured(null, () => ClosedLoop.RunAsync("(a) bare Kestrel JSON POST", bareTarget, s.Connections, 1, PageViews(3), s.Stage)) };
            await save(report);
        }
        if (s.Stages.Contains('b'))
        {
            Step("(b) single-event POST");
            report = report with { Single = await Measured(pid, () => ClosedLoop.RunAsync("(b) single-event POST", single, s.Connections, 1, PageViews(4), s.Stage)) };
            await save(report);
        }
        if (s.Stages.Contains('c'))
        {
            Step("(c) batched ingestion");
            report = report with { Batched = await Measured(pid, () => ClosedLoop.RunAsync("(c) batches of 1,000", batch, s.BatchConnections, 1000, Batches(5), s.Stage), redisPid) };
            await save(report);
        }
        if (s.Stages.Contains('d'))
        {
            Step($"(d) freshness: {s.Viewers} viewers, {s.Groups} groups, {s.FreshRate:N0} events/s");
            var probe = new FreshnessProbe(session.BaseAddress, session.Api.Cookies, plan.Id, s.Viewers, s.Groups) { Rows = true };
            var fresh = await probe.RunAsync(single,
                ct => Measured(pid, () => PacedLoop.RunAsync("(d) background batches", batch, s.FreshRate / 1000.0, 64, 1000, Batches(6), s.FreshStage, ct)),
                TimeSpan.FromMilliseconds(100), s.FreshStage, run);
            report = report with { Freshness = fresh };
            await save(report);
        }
        if (s.Stages.Contains('f'))
        {
            if (s.Redis is null)
                AnsiConsole.MarkupLine("[yellow](f) write-per-event baseline skipped:[/] no Redis (give --redis HOST:PORT or set LIVEROOM_TEST_REDIS)");
            else
            {
                Step($"(f) write-per-event baseline: the same stream to Redis {s.Redis}, one awaited command per event");
                try
                {
                    report = report with { RedisPerEvent = await Measured(null, () => RedisBaseline.RunAsync(s.Redis, run, writer, s.RedisWorkers, s.Stage), redisPid) };
                    await save(report);
                }
                catch (StackExchange.Redis.RedisConnectionException e)
                {
                    AnsiConsole.MarkupLine($"[yellow](f) write-per-event baseline skipped:[/] Redis {Markup.Escape(s.Redis)} unreachable ({Markup.Escape(e.Message)})");
                }
            }
        }
        if (s.Stages.Contains('h'))
        {
            if (s.Redis is null)
                AnsiConsole.MarkupLine("[yellow](h) state-per-event baseline skipped:[/] no Redis (give --redis HOST:PORT or set LIVEROOM_TEST_REDIS)");
            else
            {
                Step($"(h) state-per-event baseline: a grain per group in this process, Redis grain storage {s.Redis}, one awaited state write per event, {s.BatchConnections} senders");
                try
                {
                    report = report with { StatePerEvent = await StatePerEventBaseline.RunAsync(s.Redis, run, writer, s.BatchConnections, s.Warmup * 0.5, s.Stage, stage => Measured(null, stage, redisPid)) };
                    await save(report);
                }
                catch (StackExchange.Redis.RedisConnectionException e)
                {
                    AnsiConsole.MarkupLine($"[yellow](h) state-per-event baseline skipped:[/] Redis {Markup.Escape(s.Redis)} unreachable ({Markup.Escape(e.Message)})");
                }
            }
        }
        if (s.Stages.Contains('e') && s.RssGroups > 0)
        {
            Step($"(e) memory with {s.RssGroups:N0} active groups");
            report = report with { Memory = await MeasureMemoryAsync(session, s, run, batchHttp) };
            await save(report);
        }
        if (s.Stages.Contains('g'))
        {
            Step($"(g) chat and cues: {s.ChatGroups:N0} groups, {s.ChatRate:N0} messages/s");
            report = report with { ChatCues = await ChatCueStage.RunAsync(session.Api, session.BaseAddress, batchHttp, run, s.ChatGroups, s.ChatRate, s.ChatStage, stage => Measured(pid, stage)) };
            await save(report);
        }
        return report;
    }

    /// <summary>A second launch with many groups; traffic touches every one of them, then RSS is read.</summary>
    private static async Task<MemoryResult> MeasureMemoryAsync(ServerSession session, BenchSettings s, string run, HttpClient http)
    {
        var plan = new LaunchPlan($"rss-{run}", s.RssGroups);
        var before = session.Process is { } p0 ? ProcessMemory.Rss(p0.Pid) : null;
        var key = await session.Api.CreateLaunchAsync(plan);
        var writer = new EventWriter(run + "m", s.RssGroups, visitors: 500_000);
        var target = new PostTarget(http, new Uri(session.BaseAddress, $"api/launches/{plan.Id}/events/batch"), key);
        // A fixed amount (50 events per group, 2% orders), not a fixed time: RSS must not depend on
        // how fast a busy machine let the traffic through.
        var batches = s.RssGroups * 50 / 1000;
        var load = await ClosedLoop.RunAsync("(e) memory traffic", target, s.BatchConnections, 1000,
            (buffer, seq) => (writer.MixedBatch(buffer, seq * 1000, 1000), 1000), TimeSpan.FromMinutes(5), batches);
        // Let the flushers and ticks settle: read RSS once the board shows every group active.
        var active = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (active < s.RssGroups && DateTime.UtcNow < deadline)
        {
            var snapshot = await session.Api.SnapshotAsync(plan.Id);
            active = snapshot.GetProperty("totals").GetProperty("activeGroups").GetInt32();
            if (active < s.RssGroups) await Task.Delay(250);
        }
        if (session.Process is not { } p) return new MemoryResult(active, load.Events, null, null, before);
        return new MemoryResult(active, load.Events, ProcessMemory.Rss(p.Pid), ProcessMemory.PeakRss(p.Pid), before);
    }

    private static async Task<StageResult> Measured(int? serverPid, Func<Task<StageResult>> stage, int? redisPid = null)
    {
        var cpu = new CpuWindow(serverPid, redisPid);
        var result = await stage();
        return result with { Cpu = cpu.Stop() };
    }

    private static void Step(string what) => AnsiConsole.MarkupLine($"[grey]{DateTime.UtcNow:HH:mm:ss}[/] {Markup.Escape(what)}");
}
