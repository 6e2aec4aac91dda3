using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace LiveRoom.Cluster.Tests;

/// <summary>
/// The playbooks' 1-second fan-out target measured on the real thing: one node process with Redis storage, 1,000
/// groups, a playbook confirmed over HTTP, until every group's announcement is stored in the
/// outbox (the incident's firstQueuedAt is set once the one broadcast returned, and the broadcast
/// returns after every outbox partition wrote its share). Prints the figures (docs/benchmarks.md);
/// asserts only that all 1,000 got it, never a time.
/// </summary>
[Trait("Category", "Redis")]
[Trait("Category", "Slow")]
public sealed class IncidentFanOutTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_thousand_group_playbook_run_queues_every_group_through_the_redis_outbox()
    {
        await using var redis = await RedisServer.StartAsync();
        var script = new LaunchScript("fanout", groups: 1_000);
        var settings = new Dictionary<string, string>
        {
            ["LiveRoom__Orleans__SiloPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Orleans__GatewayPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Auth__Users__0__Role"] = "CrisisHandler",
        };
        await using var node = await LiveRoomNode.StartAsync("fanout-" + Guid.NewGuid().ToString("N")[..8], redis.Connection, settings: settings);
        await node.LoginAsync();
        await script.CreateAsync(node);
        var playbook = "/api/launches/fanout/playbooks/delivery-delay/trigger";

        // Warm up (JIT, serializers, the launch's grains and outbox partitions) with a one-group run, as on a running server.
        var warm = await node.Http.PostAsJsonAsync(playbook, new { scope = "Group", groupIds = new[] { "g0" }, clientToken = "warm" });
        Assert.Equal(HttpStatusCode.Created, warm.StatusCode);
        await Wait.Until(() => node.Http.GetFromJsonAsync<JsonElement>(warm.Headers.Location!.ToString()),
            v => v.GetProperty("firstQueuedAt").ValueKind == JsonValueKind.String, "the warm-up run", TimeSpan.FromSeconds(60), retryErrors: true);

        // Three runs for the same 1,000 groups; different scopes, since the same playbook for the same
        // scope within 60 s is the same incident by design.
        object[] scopes =
        [
            new { scope = "Launch", clientToken = "all-1" },
            new { scope = "Tier", tier = "Core", clientToken = "all-2" },
            new { scope = "Groups", groupIds = Enumerable.Range(0, 1_000).Select(LaunchScript.Group).ToArray(), clientToken = "all-3" },
        ];
        for (var run = 1; run <= scopes.Length; run++)
        {
            var confirmed = DateTimeOffset.UtcNow;
            var response = await node.Http.PostAsJsonAsync(playbook, scopes[run - 1]);
            var answered = DateTimeOffset.UtcNow;
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var view = await Wait.Until(() => node.Http.GetFromJsonAsync<JsonElement>(response.Headers.Location!.ToString()),
                v => v.GetProperty("firstQueuedAt").ValueKind == JsonValueKind.String, "the announce step queued", TimeSpan.FromSeconds(60), retryErrors: true);
            var stored = view.GetProperty("firstQueuedAt").GetDateTimeOffset();
            var groups = view.GetProperty("run").GetProperty("steps")[0].GetProperty("groups").EnumerateObject().ToList();
            output.WriteLine($"run {run}: 1,000 groups stored in the outbox {(stored - confirmed).TotalMilliseconds:0} ms after confirmation (trigger answered at {(answered - confirmed).TotalMilliseconds:0} ms)");
            Console.WriteLine($"playbook fan-out (redis) run {run}: {(stored - confirmed).TotalMilliseconds:0} ms");
            Assert.Equal(1_000, groups.Count(g => g.Value.GetString() is "Queued" or "Delivered"));
        }
    }
}
