using System.Net;
using System.Net.Http.Json;
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
        await Eventually.Get(launch.SnapshotAsync,
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
        var detail = await Eventually.Get(() => launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/groups/g2"),
            d => d.GetProperty("watch").GetProperty("earlySeeded").GetArrayLength() == 1, what: "the early-join warning");
        Assert.Equal("托A", detail.GetProperty("watch").GetProperty("earlySeeded")[0].GetString());
        Assert.Equal("seeded_early_join", detail.GetProperty("alert").GetString());
    }
}
