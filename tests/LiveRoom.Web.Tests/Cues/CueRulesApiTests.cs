using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Cues;

/// <summary>Per-launch cue rules and manual cues over HTTP: problems name the JSON path or field.</summary>
[Collection(AppCollection.Name)]
public sealed class CueRulesApiTests(LiveRoomAppFactory app)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("""{ "rules": [ { "kind": "dance" } ] }""", "rules[0].kind")]
    [InlineData("""{ "rules": [ { "kind": "negativeMessage", "script": "看{grup}" } ] }""", "rules[0].script")]
    [InlineData("""{ "escalateAfterSeconds": 600, "expireAfterSeconds": 60 }""", "expireAfterSeconds")]
    [InlineData("""{ "rules": [ """, "$")]
    [InlineData("""{ "signals": { "earlyJoinCount": 21 } }""", "signals.earlyJoinCount")]
    public async Task Invalid_rules_are_a_validation_problem_naming_the_path_and_change_nothing(string json, string path)
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await launch.Api.PutAsync($"/api/launches/{launch.Id}/cues/rules", Json(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TestLaunch.ProblemAsync(response);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(path), problem.ToJsonString());
        var rules = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/cues/rules");
        Assert.True(rules.GetProperty("usesDefaults").GetBoolean());
    }

    [Fact]
    public async Task Valid_rules_are_stored_and_can_be_reset_to_the_defaults()
    {
        var launch = await TestLaunch.CreateAsync(app);
        const string json = """{ "escalateAfterSeconds": 30, "rules": [ { "kind": "quietGroup", "enabled": false } ] }""";
        Assert.Equal(HttpStatusCode.OK, (await launch.Api.PutAsync($"/api/launches/{launch.Id}/cues/rules", Json(json))).StatusCode);
        var rules = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/cues/rules");
        Assert.Equal((false, json), (rules.GetProperty("usesDefaults").GetBoolean(), rules.GetProperty("rules").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, (await launch.Api.DeleteAsync($"/api/launches/{launch.Id}/cues/rules")).StatusCode);
        rules = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/cues/rules");
        Assert.True(rules.GetProperty("usesDefaults").GetBoolean());
    }

    [Fact]
    public async Task A_manual_cue_is_validated_and_idempotent_by_key()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await CueApi.StaffGroupAsync(launch, "g1", "群主", "托A", "托B");
        var bad = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/cues/manual", new { kind = "LeadChat", script = "{oops}", groupIds = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await TestLaunch.ProblemAsync(bad))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("script") && errors.ContainsKey("groupIds") && errors.ContainsKey("idempotencyKey"), errors.ToJsonString());

        var body = new { kind = "AskQuestion", script = "{group}还有货吗？", groupIds = new[] { "g1" }, idempotencyKey = "op-1" };
        var first = await (await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/cues/manual", body)).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/cues/manual", body)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, false), (first.GetProperty("issued").GetInt32(), first.GetProperty("duplicate").GetBoolean()));
        Assert.Equal((2, true), (second.GetProperty("issued").GetInt32(), second.GetProperty("duplicate").GetBoolean()));
        var board = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/cues");
        Assert.Equal(2, board.GetProperty("rows").GetArrayLength());
        Assert.Equal("群g1还有货吗？", board.GetProperty("rows")[0].GetProperty("cue").GetProperty("script").GetString());
    }
}
