using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Announcements;

[Collection(AppCollection.Name)]
public sealed class AnnouncementApiTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task A_plan_with_mistakes_is_rejected_naming_each_field()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/announcements/plan", new
        {
            entries = new object[]
            {
                new { id = "t10", offset = "-00:10:00", template = "还有{t_minus}开抢" },
                new { id = "t0", offset = "00:00:00", template = "{sku.nam} 开抢" },
                new { id = "left", offset = "00:00:00", template = new string('抢', 3_000), repeatEvery = "00:00:10" },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Contains("unknown placeholder '{sku.nam}'", errors.GetProperty("entries[1].template")[0].GetString());
        // Inbox groups: the generic 8,192-byte limit (WeCom's 2,048 is covered by the domain tests).
        Assert.Contains("8192", errors.GetProperty("entries[2].template")[0].GetString());
        Assert.True(errors.TryGetProperty("entries[2].repeatEvery", out _));
        Assert.False(errors.TryGetProperty("entries[0].template", out _));

        var view = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/announcements");
        Assert.Equal(0, view.GetProperty("plan").GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task A_broadcast_reaches_every_inbox_once_per_idempotency_key()
    {
        var launch = await TestLaunch.CreateAsync(app, groups: 3);
        var body = new { template = "{group.name} 到手价 {price}", idempotencyKey = "press-1" };

        var first = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/announcements/broadcast", body);
        var again = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/announcements/broadcast", body);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var r1 = await first.Content.ReadFromJsonAsync<JsonElement>();
        var r2 = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, r1.GetProperty("queued").GetInt32());
        Assert.Equal(r1.GetProperty("announcementId").GetString(), r2.GetProperty("announcementId").GetString());
        Assert.True(r2.GetProperty("duplicate").GetBoolean());

        var matrix = await Wait.Until(
            () => launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/announcements/matrix"),
            m => m.GetProperty("rows").EnumerateArray().All(r => r.GetProperty("cells")[0].GetString() == "Sent"),
            what: "every group delivered");
        Assert.Equal(1, matrix.GetProperty("announcements").GetArrayLength());
        var inbox = await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/announcements/inbox/g2");
        Assert.Equal("群2 到手价 59.9", Assert.Single(inbox.EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Broadcast_and_preview_problems_name_the_field()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var bad = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/announcements/broadcast",
            new { template = "", target = new { kind = "List", groupIds = new[] { "g404" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("template", out _));
        Assert.Contains("g404", errors.GetProperty("target.groupIds")[0].GetString());

        var preview = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/announcements/preview", new { template = "{group.name} 剩 {sku.remaining}", groupId = "g1" });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("群1 剩 100", (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString());

        var unknown = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/announcements/preview", new { template = "x", groupId = "nope" });
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("groupId", out _));

        var pause = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/announcements/pause", new { reason = "" });
        Assert.True((await pause.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_send_pause_or_edit_and_secrets_are_masked()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var put = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/groups/g1", new
        {
            id = "g1", name = "群1", tier = "Core",
            channel = new { kind = "Webhook", url = "https://gateway.example/hook?token=abc123", secret = "very-secret-webhook-key-42" },
        });
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var groups = await launch.Api.GetStringAsync($"/api/launches/{launch.Id}/groups");
        Assert.DoesNotContain("very-secret-webhook-key-42", groups);
        Assert.DoesNotContain("abc123", groups);

        var badChannel = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/groups/g2", new { id = "g2", name = "群2", channel = new { kind = "Webhook", url = "ftp://x" } });
        var channelErrors = (await badChannel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(channelErrors.TryGetProperty("channel.url", out _));
        Assert.True(channelErrors.TryGetProperty("channel.secret", out _));

        var viewer = await app.LoggedInClientAsync(LiveRoomAppFactory.ViewerUser);
        var root = $"/api/launches/{launch.Id}/announcements";
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(root)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(root + "/matrix")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync(root + "/broadcast", new { template = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync(root + "/pause", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync(root + "/resume", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync(root + "/plan", new { entries = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync(root + "/resend-failed", null)).StatusCode);
    }

    [Fact]
    public async Task Pause_then_resume_is_one_call_each()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var root = $"/api/launches/{launch.Id}/announcements";
        Assert.Equal(HttpStatusCode.NoContent, (await launch.Api.PostAsJsonAsync(root + "/pause", new { reason = "页面故障" })).StatusCode);
        var paused = await launch.Api.GetFromJsonAsync<JsonElement>(root);
        Assert.True(paused.GetProperty("paused").GetBoolean());
        Assert.Equal("页面故障", paused.GetProperty("pauseReason").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await launch.Api.PostAsync(root + "/resume", null)).StatusCode);
        Assert.False((await launch.Api.GetFromJsonAsync<JsonElement>(root)).GetProperty("paused").GetBoolean());
    }
}
