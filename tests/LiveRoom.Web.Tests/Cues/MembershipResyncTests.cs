using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Cues;

/// <summary>The bot's full member-list resync (signed) and the membership warnings it feeds.</summary>
[Collection(AppCollection.Name)]
public sealed class MembershipResyncTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task The_resync_must_be_signed_and_well_formed()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var body = JsonSerializer.Serialize(new { groupId = "g1", memberIds = new[] { "a", "b" } });
        Assert.Equal(HttpStatusCode.Unauthorized, (await BotWebhook.PostAsync(launch, body, null, "bot/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await BotWebhook.PostAsync(launch, body, BotWebhook.Sign("lrk_wrong", DateTimeOffset.UtcNow, body), "bot/members")).StatusCode);

        foreach (var (bad, field) in new[]
        {
            (JsonSerializer.Serialize(new { groupId = "g1" }), "memberIds"),
            (JsonSerializer.Serialize(new { groupId = "nope", memberIds = new[] { "a" } }), "groupId"),
            (JsonSerializer.Serialize(new { groupId = "g1", memberIds = new object[] { "a", 3 } }), "memberIds[1]"),
        })
        {
            var response = await BotWebhook.PostSignedAsync(launch, bad, "bot/members");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await TestLaunch.ProblemAsync(response))["errors"]!.AsObject().ContainsKey(field), field);
        }
    }

    [Fact]
    public async Task A_resync_that_disagrees_with_the_callbacks_flags_the_group_row_and_page()
    {
        var launch = await TestLaunch.CreateAsync(app); // groups registered with 100 members
        var joins = JsonSerializer.Serialize(new[]
        {
            new { id = "j1", type = "member_joined", groupId = "g1", memberId = "new-1" },
            new { id = "j2", type = "member_joined", groupId = "g1", memberId = "new-2" },
        });
        Assert.Equal(HttpStatusCode.OK, (await BotWebhook.PostSignedAsync(launch, joins)).StatusCode);
        await launch.TotalsWhenAsync(t => t.GetProperty("joins").GetInt32() == 2, "the joins");

        // The bot counts 101: one leave callback was lost.
        var list = JsonSerializer.Serialize(new { groupId = "g1", memberIds = Enumerable.Range(0, 101).Select(i => $"m{i}").Append("m0") });
        var response = await BotWebhook.PostSignedAsync(launch, list, "bot/members");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((101, -1), (result.GetProperty("members").GetInt32(), result.GetProperty("mismatch").GetInt32()));

        var detail = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/groups/g1");
        Assert.Equal(-1, detail.GetProperty("watch").GetProperty("mismatch").GetInt32());
        await Wait.Until(launch.SnapshotAsync,
            s => s.GetProperty("groups").EnumerateArray().Any(g => g.GetProperty("id").GetString() == "g1" && g.GetProperty("alert").GetString() == "member_mismatch"),
            what: "the mismatch flag on g1's row");
    }

    [Fact]
    public async Task A_seeded_member_among_the_first_joins_is_warned_about()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await CueApi.StaffGroupAsync(launch, "g2", "群主", "托A");
        var t0 = DateTimeOffset.UtcNow.AddMinutes(-1);
        var joins = JsonSerializer.Serialize(new[]
        {
            new { id = "j1", type = "member_joined", groupId = "g2", memberId = "托A", at = t0 },
            new { id = "j2", type = "member_joined", groupId = "g2", memberId = "m2", at = t0.AddSeconds(5) },
        });
        Assert.Equal(HttpStatusCode.OK, (await BotWebhook.PostSignedAsync(launch, joins)).StatusCode);
        var detail = await Wait.Until(() => launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/groups/g2"),
            d => d.GetProperty("watch").GetProperty("earlySeeded").GetArrayLength() == 1, what: "the early-join warning");
        Assert.Equal("托A", detail.GetProperty("watch").GetProperty("earlySeeded")[0].GetString());
        Assert.Equal("seeded_early_join", detail.GetProperty("alert").GetString());
    }

    [Fact]
    public async Task The_group_page_lists_the_latest_joins_and_leaves_and_where_its_own_people_are()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await CueApi.StaffGroupAsync(launch, "g3", "群主", "托A", "托B");
        var t0 = DateTimeOffset.UtcNow.AddMinutes(-2);
        // Out of order, as bots deliver: 托A's leave arrives before the join it follows.
        var events = JsonSerializer.Serialize(new[]
        {
            new { id = "l1", type = "member_left", groupId = "g3", memberId = "托A", at = t0.AddSeconds(30) },
            new { id = "j1", type = "member_joined", groupId = "g3", memberId = "托A", at = t0.AddSeconds(10) },
            new { id = "j2", type = "member_joined", groupId = "g3", memberId = "m2", at = t0.AddSeconds(20) },
        });
        Assert.Equal(HttpStatusCode.OK, (await BotWebhook.PostSignedAsync(launch, events)).StatusCode);
        // The bot's member list names 群主 but not 托B; it is older than 托A's leave, which stands.
        var list = JsonSerializer.Serialize(new { groupId = "g3", memberIds = new[] { "群主", "托A", "m2" }, at = t0.AddSeconds(15) });
        Assert.Equal(HttpStatusCode.OK, (await BotWebhook.PostSignedAsync(launch, list, "bot/members")).StatusCode);

        var watch = (await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/groups/g3")).GetProperty("watch");
        var changes = watch.GetProperty("memberChanges").EnumerateArray()
            .Select(c => (c.GetProperty("memberId").GetString(), c.GetProperty("joined").GetBoolean())).ToList();
        Assert.Equal([("托A", false), ("m2", true), ("托A", true)], changes); // newest first by their own time
        var people = watch.GetProperty("people").EnumerateArray()
            .ToDictionary(p => p.GetProperty("memberId").GetString()!, p => p.GetProperty("present").ValueKind == JsonValueKind.Null ? (bool?)null : p.GetProperty("present").GetBoolean());
        Assert.Equal(new Dictionary<string, bool?> { ["群主"] = true, ["托A"] = false, ["托B"] = false }, people);
    }

    [Fact]
    public async Task The_early_join_warning_counts_the_launchs_own_number_of_first_joins()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await CueApi.StaffGroupAsync(launch, "g4", "群主", "托A");
        async Task Rules(int n) => Assert.Equal(HttpStatusCode.OK, (await launch.Api.PutAsync($"/api/launches/{launch.Id}/cues/rules",
            new StringContent($$"""{ "signals": { "earlyJoinCount": {{n}} } }""", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        await Rules(1);
        var t0 = DateTimeOffset.UtcNow.AddMinutes(-1);
        var joins = JsonSerializer.Serialize(new[]
        {
            new { id = "j1", type = "member_joined", groupId = "g4", memberId = "m1", at = t0 },
            new { id = "j2", type = "member_joined", groupId = "g4", memberId = "托A", at = t0.AddSeconds(5) },
        });
        Assert.Equal(HttpStatusCode.OK, (await BotWebhook.PostSignedAsync(launch, joins)).StatusCode);

        // 托A is the second join: not among the launch's first 1 (the silo's default of 5 would warn).
        var watch = (await Wait.Until(() => launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/groups/g4"),
            d => d.GetProperty("watch").GetProperty("earlyJoinCount").GetInt32() == 1, what: "the launch's early-join count")).GetProperty("watch");
        Assert.Equal(0, watch.GetProperty("earlySeeded").GetArrayLength());

        // A changed rule file reaches the running group within a tick.
        await Rules(2);
        var detail = await Wait.Until(() => launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/groups/g4"),
            d => d.GetProperty("watch").GetProperty("earlySeeded").GetArrayLength() == 1, what: "the warning under the new count");
        Assert.Equal("seeded_early_join", detail.GetProperty("alert").GetString());
    }
}
