using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Cluster.Tests.Infrastructure;

namespace LiveRoom.Cluster.Tests;

[Trait("Category", "Redis")]
[Trait("Category", "Slow")]
public sealed class NodeRoleTests
{
    [Fact]
    public async Task Web_role_without_redis_refuses_to_start_and_says_why()
    {
        await using var node = await LiveRoomNode.StartAsync("norole", redis: null, role: "Web", waitUntilReady: false);
        var exitCode = await node.WaitForExitAsync(TimeSpan.FromSeconds(60));
        Assert.NotEqual(0, exitCode);
        Assert.Contains("LiveRoom:Role=Web needs LiveRoom:Redis", node.Output);
    }

    [Fact]
    public async Task Silo_only_and_web_only_nodes_form_one_cluster()
    {
        await using var redis = await RedisServer.StartAsync();
        var cluster = "roles-" + Guid.NewGuid().ToString("N")[..8];
        await using var silo = await LiveRoomNode.StartAsync(cluster, redis.Connection, role: "Silo");
        await using var web = await LiveRoomNode.StartAsync(cluster, redis.Connection, role: "Web");
        await using var web2 = await LiveRoomNode.StartAsync(cluster, redis.Connection, role: "Web");

        // The silo-only node serves health, not the dashboard or the API.
        Assert.Equal(HttpStatusCode.NotFound, (await silo.Http.GetAsync("/api/launches")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await silo.Http.GetAsync("/login")).StatusCode);

        // A launch set up and fed through one web node is seen whole from the other.
        await web.LoginAsync();
        await web2.LoginAsync();
        var script = new LaunchScript("roles", groups: 5);
        await script.CreateAsync(web);
        await script.SendUntilAckedAsync(LaunchScript.Batch(0, 5), [web], 0, 5);
        await script.TruthAsync(web2, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Ready_reflects_redis_going_away_and_coming_back()
    {
        await using var redis = await RedisServer.StartAsync();
        var cluster = "health-" + Guid.NewGuid().ToString("N")[..8];
        await using var node = await LiveRoomNode.StartAsync(cluster, redis.Connection);
        Assert.True(await node.IsReadyAsync());

        await redis.StopAsync();
        var down = await Wait.Until(() => node.Http.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable,
            "ready to fail without Redis", TimeSpan.FromSeconds(30), retryErrors: true);
        var report = await down.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unhealthy", report.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await node.Http.GetAsync("/health/live")).StatusCode);

        await redis.StartAgainAsync();
        await Wait.Until(node.IsReadyAsync, "ready again once Redis is back", TimeSpan.FromSeconds(60));
    }
}
