using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Cluster.Tests.Infrastructure;

namespace LiveRoom.Cluster.Tests;

/// <summary>
/// The durability contract for the plan-like state of a launch: cues (with their lifecycle and the
/// members' links) and announcements (plan, pause switch, what was delivered) survive kill -9 of the
/// whole cluster, and nothing already delivered is delivered again.
/// </summary>
[Trait("Category", "Redis")]
[Trait("Category", "Slow")]
public sealed class CueAndAnnouncementDurabilityTests
{
    [Fact]
    public async Task Cues_member_links_and_announcements_come_back_after_a_full_restart_and_nothing_is_sent_twice()
    {
        await using var redis = await RedisServer.StartAsync();
        var cluster = "plans-" + Guid.NewGuid().ToString("N")[..8];
        var script = new LaunchScript("plans", groups: 3);
        var settings = new Dictionary<string, string>
        {
            ["LiveRoom__Orleans__SiloPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Orleans__GatewayPort"] = FreePort.Next().ToString(),
        };
        var api = $"/api/launches/{script.LaunchId}";
        string token, revokedToken, cueId;

        await using (var node = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings))
        {
            await node.LoginAsync();
            await script.CreateAsync(node);
            Ok(await node.Http.PutAsJsonAsync($"{api}/groups/g0", new { id = "g0", name = "群0", tier = "Core", memberCount = 100, seededMembers = new[] { "托A", "托B" } }));

            // Cues: a manual cue to both seeded members; 托A acknowledges it on their link, 托B's link is revoked.
            Ok(await node.Http.PostAsJsonAsync($"{api}/cues/manual", new { kind = "AskQuestion", script = "{group}的姐妹们，这个怎么用？", groupIds = new[] { "g0" }, idempotencyKey = "durable-cue" }));
            token = (await Json(await node.Http.PostAsync($"{api}/cues/links/{Uri.EscapeDataString("托A")}/rotate", null))).GetProperty("token").GetString()!;
            revokedToken = (await Json(await node.Http.PostAsync($"{api}/cues/links/{Uri.EscapeDataString("托B")}/rotate", null))).GetProperty("token").GetString()!;
            Assert.Equal(HttpStatusCode.NoContent, (await node.Http.PostAsync($"{api}/cues/links/{Uri.EscapeDataString("托B")}/revoke", null)).StatusCode);
            var mine = await node.Http.GetFromJsonAsync<JsonElement>($"/api/member/{token}/cues");
            cueId = mine.GetProperty("cues")[0].GetProperty("id").GetString()!;
            Ok(await node.Http.PostAsync($"/api/member/{token}/cues/{cueId}/ack", null));

            // Announcements: a plan with an entry an hour away, paused; an ad-hoc broadcast delivered to every inbox.
            Ok(await node.Http.PutAsJsonAsync($"{api}/announcements/plan", new
            {
                lateWindow = "00:02:00",
                entries = new[] { new { id = "t-later", offset = "01:00:00", template = "{launch} 还有 {sku.remaining} 件" } },
            }));
            Assert.Equal(HttpStatusCode.Accepted, (await node.Http.PostAsJsonAsync($"{api}/announcements/broadcast", new { template = "{group.name} 马上开抢", idempotencyKey = "durable-broadcast" })).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await node.Http.PostAsJsonAsync($"{api}/announcements/pause", new { reason = "演练" })).StatusCode);
            foreach (var g in new[] { "g0", "g1", "g2" })
                await Wait.Until(async () => (await node.Http.GetFromJsonAsync<JsonElement>($"{api}/announcements/inbox/{g}")).GetArrayLength() == 1,
                    $"the broadcast in {g}'s inbox", TimeSpan.FromSeconds(30));
            await node.KillAsync();
        }

        await using var restarted = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings);
        await restarted.LoginAsync();

        // The acknowledged cue is still acknowledged, the link still works, the revoked one stays revoked.
        var board = await restarted.Http.GetFromJsonAsync<JsonElement>($"{api}/cues?groupId=g0");
        var cue = board.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == cueId);
        Assert.Equal("Acknowledged", cue.GetProperty("status").GetString());
        Assert.Equal(2, board.GetProperty("rows").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await restarted.Http.GetAsync($"/api/member/{token}/cues")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await restarted.Http.GetAsync($"/api/member/{revokedToken}/cues")).StatusCode);
        // The manual issue's key is remembered: the retried request issues nothing new.
        var retried = await Json(await restarted.Http.PostAsJsonAsync($"{api}/cues/manual", new { kind = "AskQuestion", script = "{group}的姐妹们，这个怎么用？", groupIds = new[] { "g0" }, idempotencyKey = "durable-cue" }));
        Assert.True(retried.GetProperty("duplicate").GetBoolean());

        // The plan and its pause switch are back; the retried broadcast is the same one, and no inbox got it twice.
        var view = await restarted.Http.GetFromJsonAsync<JsonElement>($"{api}/announcements");
        Assert.True(view.GetProperty("paused").GetBoolean());
        Assert.Equal("t-later", view.GetProperty("plan").GetProperty("entries")[0].GetProperty("id").GetString());
        var again = await restarted.Http.PostAsJsonAsync($"{api}/announcements/broadcast", new { template = "{group.name} 马上开抢", idempotencyKey = "durable-broadcast" });
        Assert.True((await Json(again)).GetProperty("duplicate").GetBoolean());
        foreach (var g in new[] { "g0", "g1", "g2" })
        {
            var inbox = await restarted.Http.GetFromJsonAsync<JsonElement>($"{api}/announcements/inbox/{g}");
            Assert.Equal(1, inbox.GetArrayLength());
            Assert.Equal($"群{g[1..]} 马上开抢", inbox[0].GetProperty("text").GetString());
        }
    }

    private static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {response.Content.ReadAsStringAsync().Result}");

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Ok(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
