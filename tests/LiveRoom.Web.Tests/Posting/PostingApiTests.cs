using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Posting;

/// <summary>
/// The staff posting channel over HTTP: links issued, listed and revoked by an operator; the page
/// and its API answer only a live token; 已发 is idempotent; an unposted notice turns late after
/// the configured time (<see cref="LiveRoomAppFactory.StaffPostLateAfter"/>) on the matrix and the timeline.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PostingApiTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task An_issued_link_opens_the_page_and_its_api_and_a_revoked_or_replaced_one_is_refused()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await StaffPostGroupAsync(launch, "g1", "小美", "阿杰");
        var anonymous = app.CreateClient();

        var links = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/posting/links");
        Assert.Equal(["小美", "阿杰"], links.EnumerateArray().Select(l => l.GetProperty("person").GetString()).Order(StringComparer.Ordinal));
        Assert.All(links.EnumerateArray(), l => Assert.False(l.GetProperty("active").GetBoolean()));

        var first = await IssueAsync(launch, "小美");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/p/{first}")).StatusCode);
        var page = await anonymous.GetFromJsonAsync<JsonElement>($"/api/post/{first}/");
        Assert.Equal("小美", page.GetProperty("person").GetString());
        Assert.Equal(1, page.GetProperty("groups").GetInt32());

        // A new link replaces the old one; revoking closes the new one; unknown tokens are 404.
        var second = await IssueAsync(launch, "小美");
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/api/post/{first}/")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await launch.Api.PostAsync($"/api/launches/{launch.Id}/posting/links/{Uri.EscapeDataString("小美")}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/api/post/{second}/")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/p/{second}")).StatusCode);
        var posted = await anonymous.PostAsJsonAsync($"/api/post/{second}/posted", new { groupId = "g1", announcementId = "x" });
        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/post/AAAAAAAAAAAAAAAAAAAAAA/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/p/AAAAAAAAAAAAAAAAAAAAAA")).StatusCode);

        // A cue member link is not a posting link, and only staff of staff-posted groups get one.
        var member = await Cues.CueApi.LinkAsync(launch, "小美");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/post/{member}/")).StatusCode);
        var stranger = await launch.Api.PostAsync($"/api/launches/{launch.Id}/posting/links/stranger/issue", null);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.True((await TestLaunch.ProblemAsync(stranger))["errors"]!["person"] is not null);

        var viewer = await app.LoggedInClientAsync(LiveRoomAppFactory.ViewerUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/launches/{launch.Id}/posting/links/{Uri.EscapeDataString("阿杰")}/issue", null)).StatusCode);
    }

    [Fact]
    public async Task A_due_notice_shows_with_the_groups_own_numbers_and_marking_it_posted_is_idempotent()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await StaffPostGroupAsync(launch, "g1", "小美");
        await StaffPostGroupAsync(launch, "g2", "小美");
        var token = await IssueAsync(launch, "小美");
        var anonymous = app.CreateClient();
        var id = await BroadcastAsync(launch, "{group.name} 到手价 {price}", "staff-1");

        var notices = await NoticesAsync(anonymous, token, n => n.GetArrayLength() == 2, "both groups' notices");
        Assert.Equal(["群g1 到手价 59.9", "群g2 到手价 59.9"], notices.EnumerateArray().Select(n => n.GetProperty("text").GetString()).Order(StringComparer.Ordinal));
        Assert.All(notices.EnumerateArray(), n => Assert.Contains(n.GetProperty("status").GetString(), new[] { "Due", "Late" }));

        var first = await anonymous.PostAsJsonAsync($"/api/post/{token}/posted", new { groupId = "g1", announcementId = id });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean());
        var again = await anonymous.PostAsJsonAsync($"/api/post/{token}/posted", new { groupId = "g1", announcementId = id });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean());

        // Posted by a person, not delivered by a machine: the matrix says who.
        var matrix = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/announcements/matrix");
        var g1 = matrix.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("groupId").GetString() == "g1");
        Assert.Equal("Posted", g1.GetProperty("cells")[0].GetString());
        Assert.Equal("小美", g1.GetProperty("marks")[0].GetProperty("postedBy").GetString());
        var page = await anonymous.GetFromJsonAsync<JsonElement>($"/api/post/{token}/");
        Assert.Equal("g1", page.GetProperty("notices").EnumerateArray().Last().GetProperty("groupId").GetString());

        // Someone else's group, an unknown notice, a missing field: refused, naming the field.
        var other = await anonymous.PostAsJsonAsync($"/api/post/{token}/posted", new { groupId = "g3", announcementId = id });
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.NotNull((await TestLaunch.ProblemAsync(other))["errors"]!["groupId"]);
        var unknown = await anonymous.PostAsJsonAsync($"/api/post/{token}/posted", new { groupId = "g2", announcementId = "nope" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var missing = await anonymous.PostAsJsonAsync($"/api/post/{token}/posted", new { groupId = "g2" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.NotNull((await TestLaunch.ProblemAsync(missing))["errors"]!["announcementId"]);

        var timeline = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/timeline?format=json");
        var entry = Assert.Single(timeline.EnumerateArray(), e => e.GetProperty("action").GetString() == "announcement.staff_posted");
        Assert.Equal("小美", entry.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task A_notice_not_posted_within_the_configured_time_turns_late_on_the_matrix_timeline_and_page()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await StaffPostGroupAsync(launch, "g1", "小美");
        await StaffPostGroupAsync(launch, "g2", "小美");
        var token = await IssueAsync(launch, "小美");
        var anonymous = app.CreateClient();
        var id = await BroadcastAsync(launch, "{group.name} 还有{t_minus}", "staff-late");
        await NoticesAsync(anonymous, token, n => n.GetArrayLength() == 2, "both notices due");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync($"/api/post/{token}/posted", new { groupId = "g2", announcementId = id })).StatusCode);

        var notices = await NoticesAsync(anonymous, token, n => n.EnumerateArray().Any(x => x.GetProperty("status").GetString() == "Late"), "g1's notice late",
            timeout: LiveRoomAppFactory.StaffPostLateAfter + Wait.DefaultTimeout);
        var late = notices[0];
        Assert.Equal("g1", late.GetProperty("groupId").GetString());
        Assert.True(late.GetProperty("lateAt").GetDateTimeOffset() - late.GetProperty("dueAt").GetDateTimeOffset() >= LiveRoomAppFactory.StaffPostLateAfter);
        Assert.Equal("Posted", notices[1].GetProperty("status").GetString());

        var matrix = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/announcements/matrix");
        var cells = matrix.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("groupId").GetString()!, r => r.GetProperty("cells")[0].GetString());
        Assert.Equal("Late", cells["g1"]);
        Assert.Equal("Posted", cells["g2"]);
        Assert.Equal("Sent", cells["g3"]); // an inbox group beside them, delivered by the machine

        var alert = await Wait.Until(
            () => launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/timeline?format=json"),
            t => t.EnumerateArray().Any(e => e.GetProperty("action").GetString() == "announcement.staff_late"), what: "the late alert on the timeline");
        var entry = alert.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "announcement.staff_late");
        Assert.Equal("Alert", entry.GetProperty("kind").GetString());
        Assert.Equal(["g1"], entry.GetProperty("groupIds").EnumerateArray().Select(g => g.GetString()));

        // Posting a late notice is still taken (late stays recorded).
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync($"/api/post/{token}/posted", new { groupId = "g1", announcementId = id })).StatusCode);
        var after = await anonymous.GetFromJsonAsync<JsonElement>($"/api/post/{token}/");
        Assert.All(after.GetProperty("notices").EnumerateArray(), n => Assert.Equal("Posted", n.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_page_is_served_in_Chinese_by_default_and_in_English_when_asked()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await StaffPostGroupAsync(launch, "g1", "小美");
        var token = await IssueAsync(launch, "小美");
        var anonymous = app.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US"); // a browser's language must not flip the default
        // No prerendering: the shell carries the culture the circuit will render in (the words: PostingTests in the browser).
        Assert.Contains("<html lang=\"zh-CN\">", await anonymous.GetStringAsync($"/p/{token}"));
        Assert.Contains("<html lang=\"en\">", await anonymous.GetStringAsync($"/p/{token}?culture=en"));
    }

    private static async Task StaffPostGroupAsync(TestLaunch launch, string groupId, string owner, params string[] assistants)
    {
        var response = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/groups/{groupId}",
            new { id = groupId, name = $"群{groupId}", tier = "Core", memberCount = 100, owner, assistants, channel = new { kind = "StaffPost" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<string> IssueAsync(TestLaunch launch, string person)
    {
        var response = await launch.Api.PostAsync($"/api/launches/{launch.Id}/posting/links/{Uri.EscapeDataString(person)}/issue", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static async Task<string> BroadcastAsync(TestLaunch launch, string template, string key)
    {
        var response = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/announcements/broadcast", new { template, idempotencyKey = key });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("announcementId").GetString()!;
    }

    private static Task<JsonElement> NoticesAsync(HttpClient client, string token, Func<JsonElement, bool> done, string what, TimeSpan? timeout = null) =>
        Wait.Until(async () => (await client.GetFromJsonAsync<JsonElement>($"/api/post/{token}/")).GetProperty("notices"), done, what: what, timeout: timeout);
}
