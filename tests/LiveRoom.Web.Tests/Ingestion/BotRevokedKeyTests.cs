using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Ingestion;

/// <summary>
/// After the server key is revoked, neither bot endpoint accepts a signature: not with the old key,
/// and not with the empty string a revoked key is stored as (an HMAC anyone can compute).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BotRevokedKeyTests(LiveRoomAppFactory app)
{
    private static readonly string Chat = JsonSerializer.Serialize(new[] { new { id = "msg-1", type = "chat_message", groupId = "g1", memberId = "m1", text = "来了" } });
    private static readonly string Members = JsonSerializer.Serialize(new { groupId = "g1", memberIds = new[] { "a", "b" } });

    [Theory]
    [InlineData("bot/events")]
    [InlineData("bot/members")]
    public async Task A_revoked_server_key_signs_nothing_on_either_bot_endpoint_until_a_rotation(string path)
    {
        var launch = await TestLaunch.CreateAsync(app);
        var body = path == "bot/events" ? Chat : Members;
        Assert.Equal(HttpStatusCode.OK, (await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/keys/revoke", new { key = "server" })).StatusCode);

        foreach (var key in new[] { launch.ServerKey, "" })
        {
            var response = await BotWebhook.PostAsync(launch, body, BotWebhook.Sign(key, DateTimeOffset.UtcNow, body), path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("revoked", (await TestLaunch.ProblemAsync(response))["detail"]!.GetValue<string>());
        }
        // Nothing got through: no message counted, no resync recorded.
        Assert.Equal(0, (await launch.SnapshotAsync()).GetProperty("totals").GetProperty("messages").GetInt32());
        var detail = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/groups/g1");
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("watch").GetProperty("resyncMembers").ValueKind);

        // The rotated key works again, so the refusals above were the revocation, not a broken request.
        var keys = await (await launch.Api.PostAsync($"/api/launches/{launch.Id}/keys/rotate", null)).Content.ReadFromJsonAsync<JsonElement>();
        var fresh = keys.GetProperty("serverKey").GetString()!;
        var accepted = await BotWebhook.PostAsync(launch, body, BotWebhook.Sign(fresh, DateTimeOffset.UtcNow, body), path);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }
}
