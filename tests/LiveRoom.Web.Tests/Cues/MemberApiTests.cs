using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Cues;

/// <summary>The seeded member's API: the link's token is the only credential and shows only its person's cues.</summary>
[Collection(AppCollection.Name)]
public sealed class MemberApiTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task A_member_sees_acknowledges_and_completes_only_their_own_cue_and_retries_are_harmless()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await CueApi.StaffGroupAsync(launch, "g1", "群主", "托A", "托B");
        var tokenA = await CueApi.LinkAsync(launch, "托A");
        var tokenB = await CueApi.LinkAsync(launch, "托B");
        var anonymous = app.CreateClient();

        await CueApi.ChatAsync(launch, "neg-1", "g1", "m1", "这是骗子吧，假货");
        var cues = await CueApi.MemberCuesAsync(anonymous, tokenA, c => c.GetArrayLength() == 1, "托A's counter cue");
        var cue = cues[0];
        Assert.Equal("CounterNegative", cue.GetProperty("kind").GetString());
        Assert.Equal("Delivered", cue.GetProperty("status").GetString());
        Assert.Equal("群g1", cue.GetProperty("groupName").GetString());
        var id = cue.GetProperty("id").GetString()!;

        // 托B has no cue and cannot touch 托A's.
        Assert.Equal(0, (await CueApi.MemberCuesAsync(anonymous, tokenB, _ => true, "托B's cues")).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsync($"/api/member/{tokenB}/cues/{id}/ack", null)).StatusCode);

        var ack = await anonymous.PostAsync($"/api/member/{tokenA}/cues/{id}/ack", null);
        Assert.True((await ack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean());
        var again = await anonymous.PostAsync($"/api/member/{tokenA}/cues/{id}/ack", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync($"/api/member/{tokenA}/cues/{id}/done", null)).StatusCode);

        var board = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/cues?status=Done");
        Assert.Equal(id, board.GetProperty("rows")[0].GetProperty("cue").GetProperty("id").GetString());
        Assert.Equal(0, (await CueApi.MemberCuesAsync(anonymous, tokenA, _ => true, "no open cue")).GetArrayLength());
    }

    [Fact]
    public async Task Revoked_and_rotated_links_are_410_and_unknown_ones_404_on_the_api_and_the_page()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await CueApi.StaffGroupAsync(launch, "g1", "群主", "托A");
        var anonymous = app.CreateClient();
        var first = await CueApi.LinkAsync(launch, "托A");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/member/{first}/cues")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/m/{first}")).StatusCode);

        var second = await CueApi.LinkAsync(launch, "托A");
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/api/member/{first}/cues")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/member/{second}/cues")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await launch.Api.PostAsync($"/api/launches/{launch.Id}/cues/links/托A/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/api/member/{second}/cues")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/m/{second}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/member/AAAAAAAAAAAAAAAAAAAAAA/cues")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/member/not-a-token/cues")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/m/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);

        var links = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/cues/links");
        var a = links.EnumerateArray().Single(l => l.GetProperty("person").GetString() == "托A");
        Assert.False(a.GetProperty("active").GetBoolean());
        // Links are for the launch's staff only.
        Assert.Equal(HttpStatusCode.NotFound, (await launch.Api.PostAsync($"/api/launches/{launch.Id}/cues/links/stranger/rotate", null)).StatusCode);
    }

    [Fact]
    public async Task A_viewer_cannot_make_links_send_cues_or_change_rules()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await CueApi.StaffGroupAsync(launch, "g1", "群主", "托A");
        var viewer = await app.LoggedInClientAsync(LiveRoomAppFactory.ViewerUser);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/launches/{launch.Id}/cues")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/launches/{launch.Id}/cues/links/托A/rotate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsync($"/api/launches/{launch.Id}/cues/rules", new StringContent("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/launches/{launch.Id}/cues/manual",
            new { kind = "LeadChat", script = "接龙+1", groupIds = new[] { "g1" }, idempotencyKey = "k" })).StatusCode);
    }
}
