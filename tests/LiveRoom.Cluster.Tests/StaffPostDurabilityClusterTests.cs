using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Cluster.Tests.Infrastructure;

namespace LiveRoom.Cluster.Tests;

/// <summary>
/// Staff-posted groups in the durable mode: a 已发 acknowledged before kill -9 of the whole cluster
/// is still posted after it (by whom), the posting link still opens the page, and a notice still due
/// turns late by itself after the restart.
/// </summary>
[Trait("Category", "Redis")]
[Trait("Category", "Slow")]
public sealed class StaffPostDurabilityClusterTests
{
    [Fact]
    public async Task A_posted_mark_and_the_posting_link_survive_kill_9_and_the_unposted_notice_turns_late_after_it()
    {
        await using var redis = await RedisServer.StartAsync();
        var cluster = "posting-" + Guid.NewGuid().ToString("N")[..8];
        var script = new LaunchScript("posting", groups: 3);
        var settings = new Dictionary<string, string>
        {
            ["LiveRoom__Orleans__SiloPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Orleans__GatewayPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Outbox__StaffPostLateAfter"] = "00:00:03",
        };
        var api = $"/api/launches/{script.LaunchId}";
        string token, announcementId;

        await using (var node = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings))
        {
            await node.LoginAsync();
            await script.CreateAsync(node);
            foreach (var g in new[] { "g0", "g1" })
                Ok(await node.Http.PutAsJsonAsync($"{api}/groups/{g}", new { id = g, name = $"群{g[1..]}", tier = "Core", memberCount = 100, owner = "小美", channel = new { kind = "StaffPost" } }));
            token = (await Json(await node.Http.PostAsync($"{api}/posting/links/{Uri.EscapeDataString("小美")}/issue", null))).GetProperty("token").GetString()!;
            announcementId = (await Json(await node.Http.PostAsJsonAsync($"{api}/announcements/broadcast", new { template = "{group.name} 马上开抢", idempotencyKey = "durable-staff" })))
                .GetProperty("announcementId").GetString()!;
            var posted = await Json(await node.Http.PostAsJsonAsync($"/api/post/{token}/posted", new { groupId = "g0", announcementId }));
            Assert.True(posted.GetProperty("changed").GetBoolean());
            await node.KillAsync();
        }

        await using var restarted = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings);
        await restarted.LoginAsync();

        var page = await Wait.Until(
            () => restarted.Http.GetFromJsonAsync<JsonElement>($"/api/post/{token}/"),
            p => p.GetProperty("notices").EnumerateArray().Any(n => n.GetProperty("groupId").GetString() == "g1" && n.GetProperty("status").GetString() == "Late"),
            what: "g1's notice late after the restart", timeout: TimeSpan.FromSeconds(60));
        var g0 = page.GetProperty("notices").EnumerateArray().Single(n => n.GetProperty("groupId").GetString() == "g0");
        Assert.Equal("Posted", g0.GetProperty("status").GetString());
        Assert.Equal("小美", g0.GetProperty("postedBy").GetString());
        var again = await Json(await restarted.Http.PostAsJsonAsync($"/api/post/{token}/posted", new { groupId = "g0", announcementId }));
        Assert.False(again.GetProperty("changed").GetBoolean());
        // The inbox group beside them is delivered by the machine (its partition may come back only on its reminder).
        var cells = await Wait.Until(async () => (await restarted.Http.GetFromJsonAsync<JsonElement>($"{api}/announcements/matrix")).GetProperty("rows").EnumerateArray()
                .ToDictionary(r => r.GetProperty("groupId").GetString()!, r => r.GetProperty("cells")[0].GetString()),
            c => c["g2"] == "Sent", what: "g2 delivered", timeout: TimeSpan.FromSeconds(120));
        Assert.Equal("Posted", cells["g0"]);
        Assert.Equal("Late", cells["g1"]);
    }

    private static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {response.Content.ReadAsStringAsync().Result}");

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Ok(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
