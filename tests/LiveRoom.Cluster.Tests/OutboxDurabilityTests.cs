using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Cluster.Tests.Infrastructure;

namespace LiveRoom.Cluster.Tests;

/// <summary>
/// Deliveries still waiting in the outbox when a node is killed are sent after the restart, with
/// no one to ask for it (the outbox's reminder wakes it), and each reaches its group once.
/// </summary>
[Trait("Category", "Redis")]
[Trait("Category", "Slow")]
public sealed class OutboxDurabilityTests
{
    private const int Groups = 6;

    [Fact]
    public async Task Queued_deliveries_survive_kill_9_and_each_group_gets_its_message_once()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var gateway = new GatewayStub { Down = true };
        var cluster = "outbox-" + Guid.NewGuid().ToString("N")[..8];
        var script = new LaunchScript("outbox", Groups);
        var api = $"/api/launches/{script.LaunchId}";
        var settings = new Dictionary<string, string>
        {
            ["LiveRoom__Orleans__SiloPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Orleans__GatewayPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Outbox__RetryBaseDelay"] = "00:00:00.200",
            ["LiveRoom__Outbox__RetryMaxDelay"] = "00:00:01",
            ["LiveRoom__Outbox__MaxAttempts"] = "1000",
        };

        await using (var node = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings))
        {
            await node.LoginAsync();
            await script.CreateAsync(node);
            for (var i = 0; i < Groups; i++)
            {
                var channel = new { kind = "Webhook", url = gateway.Url + $"bot/{i}", secret = "outbox-test-secret-0123" };
                var put = await node.Http.PutAsJsonAsync($"{api}/groups/g{i}", new { id = $"g{i}", name = $"群{i}", tier = "Core", memberCount = 100, channel });
                Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
            }
            var broadcast = await node.Http.PostAsJsonAsync($"{api}/announcements/broadcast", new { template = "{group.name} 马上开抢", idempotencyKey = "outbox-kill" });
            Assert.Equal(HttpStatusCode.Accepted, broadcast.StatusCode);
            Assert.Equal(Groups, (await broadcast.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("queued").GetInt32());
            // Every delivery has been tried and refused at least once: they are retrying in the outbox.
            await Wait.Until(() => Task.FromResult(gateway.Refused >= 2 * Groups), "the gateway to refuse every delivery", TimeSpan.FromSeconds(30));
            await node.KillAsync();
        }

        gateway.Down = false;
        await using var restarted = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings);
        // Nobody calls the launch: the outbox partitions' reminder alone brings them back (period 1 min).
        await Wait.Until(() => Task.FromResult(gateway.Accepted.Count == Groups), "every group's delivery after the restart", TimeSpan.FromSeconds(120));

        await restarted.LoginAsync();
        var matrix = await restarted.Http.GetFromJsonAsync<JsonElement>($"{api}/announcements/matrix");
        Assert.All(matrix.GetProperty("rows").EnumerateArray(), r => Assert.Equal("Sent", r.GetProperty("cells")[0].GetString()));
        Assert.Empty(matrix.GetProperty("deadLetters").EnumerateArray());
        Assert.All(gateway.Accepted, a => Assert.Equal(1, a.Value));
        var retried = await restarted.Http.PostAsJsonAsync($"{api}/announcements/broadcast", new { template = "{group.name} 马上开抢", idempotencyKey = "outbox-kill" });
        Assert.True((await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
        Assert.All(gateway.Accepted, a => Assert.Equal(1, a.Value));
    }
}
