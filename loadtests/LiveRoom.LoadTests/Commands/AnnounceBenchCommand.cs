using System.CommandLine;
using System.Diagnostics;
using LiveRoom.LoadTests.Announce;

namespace LiveRoom.LoadTests.Commands;

/// <summary>
/// `announce`: the outbox figures of docs/benchmarks.md. One launch of N groups on generic
/// webhooks (no rate limit) and one on WeCom robots (20 posts a minute each, groups sharing
/// robots), each sent one broadcast: how long until it is fully queued (the API answers only once
/// every delivery is stored), and how long until the local receiver has every post.
/// </summary>
public static class AnnounceBenchCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var groups = new Option<int>("--groups") { DefaultValueFactory = _ => 5_000 };
        var robots = new Option<int>("--robots") { Description = "WeCom robots the groups share (groups/robots each)", DefaultValueFactory = _ => 125 };
        var command = new Command("announce", "Broadcast to N groups: time to queue and to deliver, limits off and WeCom limits on");
        common.AddTo(command);
        command.Options.Add(groups);
        command.Options.Add(robots);
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(groups);
            var r = Math.Max(1, parse.GetValue(robots));
            var logPath = Path.Combine(Path.GetTempPath(), $"liveroom-announce-{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}.log");
            await using var receiver = await RobotReceiver.StartAsync();
            await using var session = await common.OpenAsync(parse, logPath, ct);
            Console.WriteLine($"server {session.BaseAddress} · receiver {receiver.Url} · {Environment.ProcessorCount} cores");

            // The first broadcast after start-up pays for JIT and grain activations; the second is the steady state.
            foreach (var round in new[] { "first after start", "second" })
                await RunAsync(session, receiver, $"webhook, limits off, {round}", n, i => new
                {
                    kind = "Webhook", url = $"{receiver.Url}gw{i % 16}", secret = "bench-secret-0123456789abcdef",
                }, TimeSpan.FromMinutes(2), ct);
            await RunAsync(session, receiver, $"wecom, 20/min per robot, {r} robots", n, i => new
            {
                kind = "WeCom", url = $"{receiver.Url}robot{i % r}",
            }, TimeSpan.FromMinutes(2) + TimeSpan.FromMinutes(Math.Ceiling((double)n / r / 20)), ct);
            return 0;
        });
        return command;
    }

    private static async Task RunAsync(ServerSession session, RobotReceiver receiver, string label, int n, Func<int, object> channel, TimeSpan budget, CancellationToken ct)
    {
        var id = "ann-" + Guid.NewGuid().ToString("N")[..8];
        var now = DateTimeOffset.UtcNow;
        await session.Api.PostJsonAsync("api/launches", new
        {
            id, name = "公告压测", startsAt = now.AddMinutes(30), endsAt = now.AddHours(3), timeZone = "Asia/Shanghai",
            skus = new[] { new { id = "gel", name = "冷敷凝胶", price = 59.9, anchorPrice = 99.0, initialStock = 10_000, lowStockThreshold = 10 } },
            targets = new { orders = 100, gmv = 5000 },
        });
        var groups = Enumerable.Range(0, n).Select(i => new { id = $"g{i:D5}", name = $"群{i}", tier = "Core", channel = channel(i) }).ToArray();
        await session.Api.PostJsonAsync($"api/launches/{id}/groups/import", groups);

        var before = receiver.Keys.Count;
        var start = receiver.Now;
        var clock = Stopwatch.StartNew();
        var receipt = await session.Api.PostJsonAsync($"api/launches/{id}/announcements/broadcast", new
        {
            template = "{group.name}：{sku.name} 还剩 {sku.remaining} 件，到手价 {price}", idempotencyKey = "bench-" + id,
        });
        var queued = clock.Elapsed;
        var count = receipt.GetProperty("queued").GetInt32();
        var deadline = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        while (receiver.Keys.Count - before < count && deadline.Elapsed < budget)
        {
            await Task.Delay(50, ct); // pacing of the progress poll, not synchronisation
            if (deadline.Elapsed - lastReport > TimeSpan.FromSeconds(10))
            {
                lastReport = deadline.Elapsed;
                Console.WriteLine($"  … {receiver.Keys.Count - before}/{count} after {deadline.Elapsed.TotalSeconds:0} s");
            }
        }
        var delivered = receiver.Keys.Count - before;
        var posts = receiver.Posts.Where(p => p.At >= start && p.Key.StartsWith(id + ":", StringComparison.Ordinal)).ToList();
        var last = posts.Count > 0 ? posts.Max(p => p.At) - start : TimeSpan.Zero;
        var maxPerRobotMinute = posts.GroupBy(p => p.Robot).Select(g =>
        {
            var t = g.Select(p => p.At).Order().ToList();
            var worst = 0;
            for (int i = 0, j = 0; i < t.Count; i++)
            {
                while (t[i] - t[j] >= TimeSpan.FromMinutes(1)) j++;
                worst = Math.Max(worst, i - j + 1);
            }
            return worst;
        }).DefaultIfEmpty(0).Max();
        Console.WriteLine($"{label}: {count} groups queued in {queued.TotalMilliseconds:0} ms; " +
            $"{delivered}/{count} delivered, last after {last.TotalSeconds:0.0} s ({(last > TimeSpan.Zero ? delivered / last.TotalSeconds : 0):0} posts/s); " +
            $"posts {posts.Count} (duplicates {posts.Count - posts.Select(p => p.Key).Distinct().Count()}); most posts to one endpoint in any minute: {maxPerRobotMinute}");
    }
}
