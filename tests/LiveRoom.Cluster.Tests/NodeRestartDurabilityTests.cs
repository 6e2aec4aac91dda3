using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Cluster.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace LiveRoom.Cluster.Tests;

[Trait("Category", "Redis")]
[Trait("Category", "Slow")]
public sealed class NodeRestartDurabilityTests
{
    private static readonly TimeSpan Converge = TimeSpan.FromSeconds(60);

    [Fact]
    [Trait("Category", "Stress")]
    public async Task Killing_the_whole_cluster_and_restarting_brings_the_launch_back()
    {
        await using var redis = await RedisServer.StartAsync();
        var cluster = "restart-" + Guid.NewGuid().ToString("N")[..8];
        var script = new LaunchScript("durable", groups: 20);
        // A restarted node comes back on its configured ports: the new generation at the same
        // address supersedes the killed one at once instead of waiting for it to be voted dead.
        var ports = new Dictionary<string, string>
        {
            ["LiveRoom__Orleans__SiloPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Orleans__GatewayPort"] = FreePort.Next().ToString(),
        };

        await using (var node = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: ports))
        {
            await node.LoginAsync();
            await script.CreateAsync(node);
            for (var b = 0; b < 5; b++) await script.SendUntilAckedAsync(LaunchScript.Batch(b, 20), [node], 0, 20);
            var restock = await script.SendAsync(node, [new { id = "r1", type = "restock", skuId = "gel", quantity = 500 }]);
            Assert.Equal(HttpStatusCode.OK, restock.StatusCode);
            // A refund acknowledged just before the crash must survive it too.
            var refund = await script.SendAsync(node, [new { id = "refund-1", type = "order", groupId = "g0", orderId = "order-0-0", skuId = "gel", quantity = 2, amount = 100m, status = "refunded" }]);
            Assert.Equal(HttpStatusCode.OK, refund.StatusCode);
            // A 接龙 chain (sign-ups) must come back too.
            var chain = await script.SendAsync(node, [new { id = "chain-1", type = "chat_message", groupId = "g1", memberId = "m1", text = "#接龙\n周四福利\n\n1. 李姐 1盒\n2. 🌸小雨 2" }]);
            Assert.Equal(HttpStatusCode.OK, chain.StatusCode);
            await node.KillAsync(); // kill -9 right after the acknowledgements: no graceful flush
        }

        await using var restarted = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: ports);
        await restarted.LoginAsync();
        // Groups come back one by one and their counts reach the launch's totals separately: wait
        // for every count the test checks, not the orders alone.
        var snapshot = await Wait.Until(() => script.SnapshotAsync(restarted),
            s => s.GetProperty("totals") is var t && t.GetProperty("orders").GetInt32() == 99 && t.GetProperty("joins").GetInt32() == 100
                && t.GetProperty("signups").GetInt32() == 2,
            "99 orders, 100 joins and 2 sign-ups after the restart", Converge, retryErrors: true);
        var totals = snapshot.GetProperty("totals");
        Assert.Equal(9900m, totals.GetProperty("gmv").GetDecimal());
        Assert.Equal(100, totals.GetProperty("joins").GetInt32());
        var gel = snapshot.GetProperty("skus")[0];
        Assert.Equal(100_500, gel.GetProperty("stock").GetInt32());
        Assert.Equal(198, gel.GetProperty("sold").GetInt32());
        Assert.Equal(20, snapshot.GetProperty("groups").GetArrayLength());
        Assert.Equal(2, totals.GetProperty("signups").GetInt32());
        Assert.Equal("集群测试发售", snapshot.GetProperty("launch").GetProperty("definition").GetProperty("name").GetString());

        // Webhooks retried after the crash are still recognised as duplicates.
        var replay = await script.SendAsync(restarted, LaunchScript.Batch(0, 20));
        var report = await replay.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(40, report.GetProperty("duplicates").GetInt32());
        var launches = await restarted.Http.GetFromJsonAsync<JsonElement>("/api/launches");
        Assert.Contains(launches.EnumerateArray(), l => l.GetProperty("id").GetString() == "durable");
    }

    [Fact]
    public async Task A_graceful_stop_flushes_buffered_traffic_and_aggregates()
    {
        await using var redis = await RedisServer.StartAsync();
        var cluster = "sigterm-" + Guid.NewGuid().ToString("N")[..8];
        // No timer would ever flush or persist in this test: only the shutdown path can keep the traffic.
        var settings = new Dictionary<string, string>
        {
            ["LiveRoom__Pipeline__IngestFlushInterval"] = "00:10:00",
            ["LiveRoom__Pipeline__PersistInterval"] = "00:10:00",
        };
        var script = new LaunchScript("graceful", groups: 5);
        const int views = 200;
        await using (var node = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings))
        {
            await node.LoginAsync();
            await script.CreateAsync(node);
            var pageViews = Enumerable.Range(0, views)
                .Select(i => (object)new { id = $"pv-{i}", type = "page_view", groupId = LaunchScript.Group(i % 5), visitorId = $"v{i % 50}" })
                .ToArray();
            Assert.Equal(HttpStatusCode.OK, (await script.SendAsync(node, pageViews)).StatusCode);
            await script.SendUntilAckedAsync(LaunchScript.Batch(0, 5), [node], 0, 5);
            Assert.Equal(0, (await script.SnapshotAsync(node)).GetProperty("totals").GetProperty("pageViews").GetInt32());

            await node.StopAsync(); // SIGTERM
            Assert.Equal(0, await node.WaitForExitAsync(TimeSpan.FromSeconds(5)));
        }

        await using var restarted = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings);
        await restarted.LoginAsync();
        var snapshot = await Wait.Until(() => script.SnapshotAsync(restarted),
            s => s.GetProperty("totals").GetProperty("pageViews").GetInt32() == views, "the page views buffered at shutdown", Converge, retryErrors: true);
        Assert.Equal(50, snapshot.GetProperty("totals").GetProperty("uniqueVisitors").GetInt32());
        Assert.True(script.Matches(snapshot));
    }

    [Fact]
    [Trait("Category", "Stress")]
    public async Task Killing_one_of_two_nodes_mid_stream_loses_no_acknowledged_event()
    {
        await using var redis = await RedisServer.StartAsync();
        var cluster = "kill-" + Guid.NewGuid().ToString("N")[..8];
        const int groups = 30;
        await using var a = await LiveRoomNode.StartAsync(cluster, redis.Connection);
        await using var b = await LiveRoomNode.StartAsync(cluster, redis.Connection);
        await a.LoginAsync();
        await b.LoginAsync();
        var script = new LaunchScript("failover", groups);
        await script.CreateAsync(a);
        LiveRoomNode[] nodes = [a, b];

        // A dashboard on the surviving node must keep updating through the failover.
        // (seq, orders) as received; like the dashboard, the newest seq wins, since a late update may
        // arrive after a newer one when the push path changes nodes.
        var orderTotals = new ConcurrentQueue<(long Seq, int Orders)>();
        int Shown() => orderTotals.IsEmpty ? 0 : orderTotals.MaxBy(u => u.Seq).Orders;
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(b.Address, "/hubs/launch"), o => o.Headers["Cookie"] = b.CookieHeader)
            .Build();
        hub.On<JsonElement>("Update", u => orderTotals.Enqueue((u.GetProperty("seq").GetInt64(), u.GetProperty("totals").GetProperty("orders").GetInt32())));
        await hub.StartAsync();
        await hub.InvokeAsync<JsonElement>("Subscribe", script.LaunchId);

        for (var batch = 0; batch < 20; batch++)
        {
            if (batch == 8) await a.KillAsync();
            await script.SendUntilAckedAsync(LaunchScript.Batch(batch, groups), nodes, batch % 2, groups);
        }
        try
        {
            await Wait.Until(() => Task.FromResult(Shown() == 600), "the surviving node's hub to show all 600 orders", TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException ex)
        {
            // The board's own answer first: it tells a lost event (API short too) from a stalled push.
            var board = (await script.SnapshotAsync(b)).GetProperty("totals").GetProperty("orders").GetInt32();
            var log = string.Join(Environment.NewLine, b.Output.Split(Environment.NewLine).TakeLast(300));
            // The summary goes last: CI shows the tail of a long failure.
            throw new TimeoutException($"{log}{Environment.NewLine}{ex.Message} API orders: {board}; hub shows {Shown()}, last received (seq:orders): {string.Join(",", orderTotals.TakeLast(5))}; {orderTotals.Count} updates.", ex);
        }

        var truth = await script.TruthAsync(b, Converge);
        Assert.True(script.Matches(truth));
        Assert.Equal(600, script.AckedOrders);

        // Retried webhooks after the failover change nothing.
        for (var batch = 0; batch < 20; batch += 5)
        {
            var replay = await script.SendAsync(b, LaunchScript.Batch(batch, groups));
            Assert.Equal(2 * groups, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicates").GetInt32());
        }
        Assert.True(script.Matches(await script.SnapshotAsync(b)));
    }
}
