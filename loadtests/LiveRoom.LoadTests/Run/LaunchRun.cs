using System.Collections.Concurrent;
using System.Diagnostics;
using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Commands;
using LiveRoom.LoadTests.Freshness;
using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Platforms;
using LiveRoom.LoadTests.Report;
using LiveRoom.LoadTests.Server;
using LiveRoom.LoadTests.Smoke;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Run;

/// <summary>
/// One `run`: sets the launch up, connects the viewers, plays the script (with its chaos) while
/// viewers time freshness markers, waits for the board to settle, checks the truth and the
/// thresholds, and returns the report.
/// </summary>
public static class LaunchRun
{
    private static readonly TimeSpan MarkerEvery = TimeSpan.FromMilliseconds(250);

    public static async Task<RunReport> RunAsync(ServerSession session, RunSettingsParsed s, LaunchScript script, DateTimeOffset started, CancellationToken ct)
    {
        var launchId = s.LaunchId ?? $"run-{s.Label}-{started:yyyyMMdd-HHmmss}";
        var duration = s.Model.Duration;
        var requests = WirePlanner.Plan(script, s.Chaos, s.SliceMs, membershipAlone: s.ViaPlatforms);
        var key = await session.Api.CreateLaunchAsync(launchId, ModelLaunch.Definition(launchId, script, DateTimeOffset.UtcNow), ModelLaunch.Groups(script, wecomLinks: s.ViaPlatforms));
        var accounts = s.ViaPlatforms ? await PlatformSetup.ConnectAsync(session.Api, launchId, script) : null;

        // One pool for the channels (each capped at the concurrency) and one for the markers, so
        // freshness is not measured behind the load's own connection queue.
        using var http = HttpClients.Create(session.BaseAddress, Math.Max(8, s.Injection.Concurrency * Enum.GetValues<Channel>().Length));
        using var markerHttp = HttpClients.Create(session.BaseAddress, 2);
        var timeline = new RunTimeline((int)duration.TotalSeconds + 300);
        var metrics = new RunMetrics(timeline);
        var begun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The budget cuts a hopeless run short: what was not sent is reported, and the truth then fails.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var cpu = new CpuWindow(session.Process?.Pid);

        async Task<StageResult> Traffic(CancellationToken _)
        {
            var start = Stopwatch.GetTimestamp();
            timeline.Begin(start);
            var startUnixMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var client = new WireClient(http, session.BaseAddress, launchId, key, new EventJson(script, startUnixMs))
            {
                Platforms = accounts is null ? null : new PlatformWire(script, accounts, session.BaseAddress, startUnixMs),
            };
            budget.CancelAfter(duration * 2 + TimeSpan.FromMinutes(2));
            begun.SetResult();
            await Injector.RunAsync(requests, r => Resend.SendAsync(() => client.SendAsync(r), r.Channel != Channel.Malformed, s.Retries, metrics.Retried, Resend.Backoff), s.Injection, metrics, start, budget.Token);
            var all = metrics.Channels.Values.Select(c => c.Result()).ToList();
            return new StageResult("launch model", s.Injection.Closed ? "closed" : "open", s.Injection.Concurrency,
                Stopwatch.GetElapsedTime(start).TotalSeconds, all.Sum(c => c.Requests), all.Sum(c => c.Events), all.Sum(c => c.Errors), 0, all.MaxBy(c => c.Requests)!.Latency);
        }

        var markerGroups = new ConcurrentQueue<int>();
        var probe = s.Viewers == 0 ? null : new FreshnessProbe(session.BaseAddress, session.Api.Cookies, launchId, s.Viewers, script.Groups.Count)
        {
            OnSample = timeline.Fresh,
            HubDropPercent = s.Chaos.HubDrop,
            Rows = s.ViewerRows,
            Seed = Seeds.Mix(s.Model.Seed, -3, 0xd40),
            OnMarker = markerGroups.Enqueue,
            Retries = s.Retries,
            Backoff = Resend.Backoff,
        };
        async Task<FreshnessResult?> Play()
        {
            if (probe is null)
            {
                await Traffic(CancellationToken.None);
                return null;
            }
            var markers = new PostTarget(markerHttp, new Uri(session.BaseAddress, $"api/launches/{launchId}/events"), key);
            return await probe.RunAsync(markers, Traffic, MarkerEvery, duration, "mk");
        }
        var run = Play();
        var (players, playing) = PlaySeededMembers(session, s, script, launchId, run, ct);

        var view = new LiveView(metrics, s.Model.Profile, duration, () => probe?.Connected ?? 0);
        var shown = begun.Task.ContinueWith(_ => view.ShowAsync(run, s.Plain), TaskScheduler.Default).Unwrap();
        var fresh = await run;
        await shown;
        await playing;
        var wall = Stopwatch.GetElapsedTime(timeline.Start).TotalSeconds;
        var cpuUse = cpu.Stop();

        // The summary is the model's plan; the markers are the probe's, added to the truth only.
        var summary = Summary(script);
        var truth = script.Truth;
        foreach (var g in markerGroups) truth.AddOrder(LaunchPlan.GroupId(g), LaunchPlan.MarkerSku, 1, 1m);
        var problems = s.Thresholds.Truth ? await SettleAsync(session.Api, launchId, truth, s.Settle, s.TrafficLoss, ct) : [];
        if (problems.Count > 0) problems.AddRange(await GroupDetailsAsync(session.Api, launchId, problems));
        var malformedAccepted = metrics.Channels[Channel.Malformed].Errors;
        if (malformedAccepted > 0) problems.Add($"malformed webhooks not refused: {malformedAccepted}");
        var failed = metrics.Channels.Where(c => c.Key != Channel.Malformed).Sum(c => c.Value.Errors);
        if (failed > 0 && problems.Count > 0)
            problems.Add($"{failed:N0} requests failed after {s.Retries} retries: their events may or may not have been applied, so the truth could not hold");
        var seeded = default(SeededMemberSummary);
        if (players is not null)
        {
            (seeded, var cueProblems) = await players.FinishAsync();
            if (s.Thresholds.Truth) problems.AddRange(cueProblems);
        }
        if (metrics.Unsent > 0) problems.Add($"{metrics.Unsent:N0} requests never sent (the run's time budget ran out)");

        var channels = metrics.Channels.Values.Select(c => c.Result()).ToList();
        var freshness = fresh is null ? null : new FreshnessSummary(fresh.Viewers, fresh.Markers, fresh.Freshness, fresh.Freshness.Count, fresh.ExpectedSamples,
            fresh.UpdatesReceived / (double)fresh.Viewers / Math.Max(1, wall), fresh.Reconnects, fresh.ViewersBehind);
        var kinds = metrics.Kinds.Values.Select(k => k.Result()).ToList();
        var breaches = Verdict.Breaches(s.Thresholds, channels, freshness?.Freshness, freshness?.ViewersBehind ?? 0);
        return new RunReport
        {
            Label = s.Label,
            StartedAt = started,
            Machine = MachineInfo.Current(),
            Target = session.BaseAddress.ToString(),
            Settings = new RunSettings(s.Model.Profile.Name, s.Model.Groups, s.Model.Members.ToString(), duration.TotalSeconds, s.Model.Seed, s.Viewers,
                s.Injection.Closed ? "closed" : "open", s.Injection.Concurrency, s.Chaos.ToString()),
            Model = summary,
            Channels = channels,
            Kinds = kinds,
            WallSeconds = wall,
            UnsentRequests = metrics.Unsent,
            Retries = metrics.Retries,
            Freshness = freshness,
            Cpu = cpuUse,
            SeededMembers = seeded,
            TruthProblems = problems,
            Thresholds = s.Thresholds,
            Breaches = breaches,
            ExitCode = Verdict.ExitCode(s.Thresholds, problems, breaches),
            Timeline = timeline.Points((int)Math.Ceiling(wall)),
        };
    }

    /// <summary>The seeded members act while the traffic plays (and a grace after it): see <see cref="SeededMemberPlayer"/>.</summary>
    private static (SeededMemberPlayer?, Task) PlaySeededMembers(ServerSession session, RunSettingsParsed s, LaunchScript script, string launchId, Task traffic, CancellationToken ct)
    {
        var members = script.Groups.SelectMany(g => g.SeededMembers).ToHashSet(StringComparer.Ordinal);
        if (s.CueAck is not { } response || members.Count == 0) return (null, Task.CompletedTask);
        var memberHttp = HttpClients.Create(session.BaseAddress, 4);
        var player = new SeededMemberPlayer(session.Api, memberHttp, launchId, members, response);
        var done = new CancellationTokenSource();
        _ = traffic.ContinueWith(_ => done.Cancel(), TaskScheduler.Default);
        async Task Play()
        {
            using (memberHttp)
            using (done)
                await player.RunAsync(done.Token, ct);
        }
        return (player, Play());
    }

    public static ModelSummary Summary(LaunchScript script)
    {
        var t = script.Truth;
        return new ModelSummary(script.CountByKind().OrderBy(k => k.Key).ToDictionary(k => k.Key.ToString(), k => k.Value),
            t.Members ?? 0, t.UniqueVisitors, t.PageViews, t.Signups ?? 0, t.Orders, t.Gmv,
            new Dictionary<string, int>(t.StockBySku), new Dictionary<string, int>(t.SoldBySku), script.SoldOutMisses, t.Messages ?? 0);
    }

    /// <summary>
    /// For the first groups the board shows wrong, what the group itself says: tells a board that
    /// missed a report apart from a group whose own count is wrong.
    /// </summary>
    private static async Task<List<string>> GroupDetailsAsync(LiveRoomApi api, string launchId, List<string> problems)
    {
        var details = new List<string>();
        var groups = problems.Select(p => System.Text.RegularExpressions.Regex.Match(p, @" of group (\S+):")).Where(m => m.Success)
            .Select(m => m.Groups[1].Value).Distinct().Take(5);
        foreach (var g in groups)
        {
            try
            {
                var stats = (await api.GroupDetailAsync(launchId, g)).GetProperty("stats");
                details.Add($"(detail) group {g} itself reports orders {stats.GetProperty("orders")}, signups {stats.GetProperty("signups")}, members {stats.GetProperty("members")}");
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or KeyNotFoundException)
            {
                details.Add($"(detail) group {g}: {e.Message}");
            }
        }
        return details;
    }

    /// <summary>Page views reach the board within a flush and rows within a second: poll until it matches or the settle time passes.</summary>
    private static async Task<List<string>> SettleAsync(LiveRoomApi api, string launchId, SmokeTruth truth, TimeSpan settle, double trafficLoss, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + settle;
        while (true)
        {
            var problems = TruthCheck.Compare(truth, await api.SnapshotAsync(launchId), trafficLoss);
            if (problems.Count == 0 || DateTime.UtcNow > deadline) return problems;
            await Task.Delay(500, ct);
        }
    }
}
