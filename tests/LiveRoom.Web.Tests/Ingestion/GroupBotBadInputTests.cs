using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Ingestion;

/// <summary>
/// Bad input on the signed /bot/events path: correctly signed, so the signature is not what refuses
/// it. Each problem is RFC 7807 and names what was wrong; a bad event never takes good ones down.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class GroupBotBadInputTests(LiveRoomAppFactory app)
{
    [Theory]
    [InlineData("""[{"id":"m1","type":"chat_message",""", "JSON")]
    [InlineData("""{"id":"m1","type":"chat_message","groupId":"g1","memberId":"a","text":"hi"}""", "array")]
    public async Task A_malformed_or_non_array_body_is_a_400_problem(string body, string named)
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await BotWebhook.PostSignedAsync(launch, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, (await TestLaunch.ProblemAsync(response))["detail"]!.GetValue<string>());
    }

    public static TheoryData<string, string> BadEvents => new()
    {
        { """{"id":"m1","type":"chat_message","groupId":"g1","memberId":"a"}""", "[0].text" },
        { """{"id":"m1","type":"chat_message","groupId":"g1","text":"hi"}""", "[0].memberId" },
        { """{"id":"m1","type":"member_joined","groupId":"g1"}""", "[0].memberId" },
        { """{"type":"chat_message","groupId":"g1","memberId":"a","text":"hi"}""", "[0].id" },
        { """{"id":"m1","type":"chat_message","groupId":"no-such-group","memberId":"a","text":"hi"}""", "[0].groupId" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task A_batch_of_only_bad_events_is_a_validation_problem_naming_the_field(string bad, string field)
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await BotWebhook.PostSignedAsync(launch, $"[{bad}]");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await TestLaunch.ProblemAsync(response))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"{field} in {errors.ToJsonString()}");
    }

    [Fact]
    public async Task Good_events_in_a_batch_are_accepted_and_the_bad_ones_listed()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var body = JsonSerializer.Serialize(new object[]
        {
            new { id = "ok-1", type = "chat_message", groupId = "g1", memberId = "a", text = "来了" },
            new { id = "bad-1", type = "chat_message", groupId = "g1", memberId = "a" },
            new { id = "bad-2", type = "chat_message", groupId = "no-such-group", memberId = "a", text = "hi" },
            new { id = "ok-2", type = "member_joined", groupId = "g2", memberId = "b" },
        });
        var response = await BotWebhook.PostSignedAsync(launch, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("accepted").GetInt32());
        var rejected = report.GetProperty("rejected").EnumerateArray()
            .Select(r => (r.GetProperty("index").GetInt32(), r.GetProperty("eventId").GetString(), r.GetProperty("field").GetString())).ToList();
        Assert.Equal([(1, "bad-1", "text"), (2, "bad-2", "groupId")], rejected);

        var totals = await launch.TotalsWhenAsync(t => t.GetProperty("messages").GetInt32() == 1, "the good chat message");
        Assert.Equal(1, totals.GetProperty("joins").GetInt32());
    }
}
