using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Cluster.Tests.Infrastructure;

namespace LiveRoom.Cluster.Tests;

[Trait("Category", "Redis")]
[Trait("Category", "Slow")]
public sealed class AccessDurabilityTests
{
    private const string Admin = "cluster-admin";
    private const string AdminPassword = "cluster-admin-pw";

    [Fact]
    public async Task Users_made_on_the_admin_page_and_the_timeline_come_back_after_a_full_restart()
    {
        await using var redis = await RedisServer.StartAsync();
        var cluster = "access-" + Guid.NewGuid().ToString("N")[..8];
        var script = new LaunchScript("audited", groups: 5);
        var settings = new Dictionary<string, string>
        {
            ["LiveRoom__Orleans__SiloPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Orleans__GatewayPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Auth__Users__1__Name"] = Admin,
            ["LiveRoom__Auth__Users__1__Password"] = AdminPassword,
            ["LiveRoom__Auth__Users__1__Role"] = "Admin",
        };

        await using (var node = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings))
        {
            await node.LoginAsync();
            await script.CreateAsync(node);
            var revoke = await node.Http.PostAsJsonAsync($"/api/launches/{script.LaunchId}/keys/revoke", new { key = "beacon" });
            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
            using var admin = await LiveRoomNode.LoginClientAsync(node.Address, Admin, AdminPassword);
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/users", new { name = "durable-viewer", role = "Viewer", password = "durable-pw-1" })).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/users", new { name = "durable-gone", role = "Operator", password = "durable-pw-2" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/users/durable-gone", new { disabled = true })).StatusCode);
            await node.KillAsync();
        }

        await using var restarted = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings);
        using var viewer = await LiveRoomNode.LoginClientAsync(restarted.Address, "durable-viewer", "durable-pw-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/launches/{script.LaunchId}/keys/rotate", null)).StatusCode);
        using var anonymous = new HttpClient { BaseAddress = restarted.Address };
        var gone = await anonymous.PostAsJsonAsync("/api/auth/login", new { username = "durable-gone", password = "durable-pw-2" });
        Assert.Equal(HttpStatusCode.Unauthorized, gone.StatusCode);

        // Operator actions only: the board's alerts (quiet groups) share the timeline.
        var timeline = (await viewer.GetFromJsonAsync<JsonElement>($"/api/launches/{script.LaunchId}/timeline"))
            .EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "OperatorAction").ToList();
        Assert.Equal(["launch.created", "groups.imported", "keys.revoked"], timeline.Select(e => e.GetProperty("action").GetString()));
        Assert.All(timeline, e => Assert.Equal(LiveRoomNode.User, e.GetProperty("actor").GetString()));
        using var admin2 = await LiveRoomNode.LoginClientAsync(restarted.Address, Admin, AdminPassword);
        var log = await admin2.GetFromJsonAsync<JsonElement>("/api/users/security-log?culture=en");
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("action").GetString() == "user.changed" && e.GetProperty("summary").GetString() == "durable-gone: disabled");
    }
}
