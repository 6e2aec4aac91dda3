using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Cluster.Tests.Infrastructure;

namespace LiveRoom.Cluster.Tests;

[Trait("Category", "Redis")]
[Trait("Category", "Slow")]
public sealed class PlaybookLibraryClusterTests
{
    private const string Admin = "cluster-admin";
    private const string AdminPassword = "cluster-admin-pw";

    [Fact]
    public async Task An_edit_on_one_node_is_used_by_the_other_within_seconds_and_outlives_the_node()
    {
        await using var redis = await RedisServer.StartAsync();
        var cluster = "library-" + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string>
        {
            ["LiveRoom__Auth__Users__1__Name"] = Admin,
            ["LiveRoom__Auth__Users__1__Password"] = AdminPassword,
            ["LiveRoom__Auth__Users__1__Role"] = "Admin",
        };
        await using var a = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings);
        await using var b = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings);
        using var adminOnA = await LiveRoomNode.LoginClientAsync(a.Address, Admin, AdminPassword);
        using var adminOnB = await LiveRoomNode.LoginClientAsync(b.Address, Admin, AdminPassword);

        var source = (await adminOnA.GetFromJsonAsync<JsonElement>("/api/playbooks/delivery-delay/source")).GetProperty("source").GetString()!;
        var edited = source.Replace("name: 发货延迟咨询集中", "name: 发货延迟（集群）", StringComparison.Ordinal);
        Assert.NotEqual(source, edited);
        Assert.Equal(HttpStatusCode.OK, (await adminOnA.PutAsJsonAsync("/api/playbooks/delivery-delay", new { source = edited })).StatusCode);

        await Wait.Until(() => adminOnB.GetFromJsonAsync<JsonElement>("/api/playbooks/delivery-delay"),
            p => p.GetProperty("name").GetString() == "发货延迟（集群）", "node B to use node A's edit", TimeSpan.FromSeconds(10), retryErrors: true);

        // A replaced pod: the node that took the edit dies, a new one starts from the same shipped folder.
        await a.KillAsync();
        await using var c = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings);
        using var adminOnC = await LiveRoomNode.LoginClientAsync(c.Address, Admin, AdminPassword);
        var shown = await Wait.Until(() => adminOnC.GetFromJsonAsync<JsonElement>("/api/playbooks/delivery-delay/source"),
            s => s.GetProperty("edited").GetBoolean(), "the new node to read the stored edit", TimeSpan.FromSeconds(30), retryErrors: true);
        Assert.Equal((edited, Admin), (shown.GetProperty("source").GetString(), shown.GetProperty("editedBy").GetString()));
    }
}
