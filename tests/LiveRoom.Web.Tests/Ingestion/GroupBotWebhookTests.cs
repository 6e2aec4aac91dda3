using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Ingestion;

/// <summary>The signed group-bot webhook: HMAC over timestamp + body with the launch's server key.</summary>
[Collection(AppCollection.Name)]
public sealed class GroupBotWebhookTests(LiveRoomAppFactory app)
{
    private const string Chain = "#接龙\n周四福利\n\n1. 李姐 1盒\n2. 🌸小雨 2";

    [Fact]
    public async Task Signed_chat_and_membership_are_accepted_and_replays_change_nothing()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var body = Json([
            new { id = "msg-1", type = "chat_message", groupId = "g1", memberId = "m1", text = Chain },
            new { id = "join-1", type = "member_joined", groupId = "g1", memberId = "m9" },
        ]);
        var first = await PostAsync(launch, body, Sign(launch.ServerKey, DateTimeOffset.UtcNow, body));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());

        var replay = await PostAsync(launch, body, Sign(launch.ServerKey, DateTimeOffset.UtcNow, body));
        Assert.Equal(2, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicates").GetInt32());

        var totals = await launch.TotalsWhenAsync(t => t.GetProperty("signups").GetInt32() == 2, "the chain's two sign-ups");
        Assert.Equal(1, totals.GetProperty("joins").GetInt32());
        Assert.Equal(1, totals.GetProperty("messages").GetInt32());
    }

    [Fact]
    public async Task A_wrong_stale_or_missing_signature_is_401_and_changes_nothing()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var body = Json([new { id = "msg-1", type = "chat_message", groupId = "g1", memberId = "m1", text = Chain }]);
        var now = DateTimeOffset.UtcNow;

        var wrongKey = await PostAsync(launch, body, Sign("lrk_not-the-key", now, body));
        var stale = await PostAsync(launch, body, Sign(launch.ServerKey, now.AddMinutes(-6), body));
        var tampered = await PostAsync(launch, body.Replace("msg-1", "msg-2"), Sign(launch.ServerKey, now, body));
        var unsigned = await PostAsync(launch, body, null);
        foreach (var response in new[] { wrongKey, stale, tampered, unsigned })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("HMAC", (await TestLaunch.ProblemAsync(response))["detail"]!.GetValue<string>());
        }
        var snapshot = await launch.SnapshotAsync();
        Assert.Equal(0, snapshot.GetProperty("totals").GetProperty("messages").GetInt32());
    }

    [Fact]
    public async Task The_bot_cannot_report_orders()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var body = Json([
            new { id = "o1", type = "order", groupId = "g1", orderId = "o1", skuId = "gel", quantity = 1, amount = 1m, status = "paid" },
            new { id = "msg-1", type = "chat_message", groupId = "g1", memberId = "m1", text = "来了" },
        ]);
        var response = await PostAsync(launch, body, Sign(launch.ServerKey, DateTimeOffset.UtcNow, body));
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, report.GetProperty("accepted").GetInt32());
        var rejected = Assert.Single(report.GetProperty("rejected").EnumerateArray());
        Assert.Equal(0, rejected.GetProperty("index").GetInt32());
        Assert.Equal("type", rejected.GetProperty("field").GetString());
    }

    private static string Json(object[] events) => JsonSerializer.Serialize(events);

    private static (string Timestamp, string Signature) Sign(string key, DateTimeOffset at, string body) => BotWebhook.Sign(key, at, body);

    private static Task<HttpResponseMessage> PostAsync(TestLaunch launch, string body, (string Timestamp, string Signature)? signature) =>
        BotWebhook.PostAsync(launch, body, signature);
}
