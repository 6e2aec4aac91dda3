using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Playbooks;

[Collection(AppCollection.Name)]
public sealed class PlaybookApiTests(LiveRoomAppFactory app)
{
    private static object CoreTier(string token = "t1", string? sku = "gel") => new { scope = "Tier", tier = "Core", skuId = sku, clientToken = token };

    [Fact]
    public async Task Concurrent_confirmations_with_one_token_start_one_incident()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var handler = await app.LoggedInClientAsync(LiveRoomAppFactory.HandlerUser);
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            handler.PostAsJsonAsync($"/api/launches/{launch.Id}/playbooks/delivery-delay/trigger", CoreTier("same-click"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incidentId").GetString()));
        Assert.Single(ids.Distinct());
        var list = await handler.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/incidents");
        Assert.Equal(1, list.GetArrayLength());

        // The announce step went through the real announcements outbox: one message in each group's inbox.
        foreach (var group in new[] { "g1", "g2", "g3" })
        {
            var inbox = await Wait.Until(() => handler.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/announcements/inbox/{group}"),
                i => i.GetArrayLength() > 0, what: $"the playbook's announcement in {group}'s inbox");
            Assert.Equal(1, inbox.GetArrayLength());
            Assert.Contains("群", inbox[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        }
        // …and the cue step through the real cue book, once per group.
        var cues = await Wait.Until(() => handler.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/cues"),
            b => b.GetProperty("rows").EnumerateArray().Count(r => r.GetProperty("cue").GetProperty("script").GetString()!.Contains("48 小时内发", StringComparison.Ordinal)) >= 3,
            what: "the playbook's cues on the cue board");
        Assert.Equal(3, cues.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("cue"))
            .Where(c => c.GetProperty("script").GetString()!.Contains("48 小时内发", StringComparison.Ordinal))
            .Select(c => c.GetProperty("groupId").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task A_sold_out_sku_run_for_the_core_tier_pauses_it_and_is_resolved()
    {
        var launch = await TestLaunch.CreateAsync(app, stock: 2);
        await launch.PostEventAsync(TestLaunch.Order("e1", "g1", "o1", quantity: 2, amount: 119.8m));
        await Wait.Until(launch.SnapshotAsync, s => s.GetProperty("skus")[0].GetProperty("soldOut").GetBoolean(), what: "gel sold out");
        var handler = await app.LoggedInClientAsync(LiveRoomAppFactory.HandlerUser);

        var preview = await handler.PostAsJsonAsync($"/api/launches/{launch.Id}/playbooks/sku-sold-out/preview", CoreTier());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var plan = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, plan.GetProperty("groups").GetInt32());
        var announce = plan.GetProperty("steps")[1];
        Assert.True(announce.GetProperty("applies").GetBoolean());
        Assert.StartsWith("【群1】感谢大家太给力！冷敷凝胶 已经全部抢光", announce.GetProperty("messages")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        var trigger = await handler.PostAsJsonAsync($"/api/launches/{launch.Id}/playbooks/sku-sold-out/trigger", CoreTier());
        Assert.Equal(HttpStatusCode.Created, trigger.StatusCode);
        var incident = trigger.Headers.Location!.ToString();

        // The notify step fails (no merchant webhook configured in tests): shown, then skipped by choice.
        var failed = await Wait.Until(() => handler.GetFromJsonAsync<JsonElement>(incident), v => v.GetProperty("run").GetProperty("status").GetString() == "Failed", what: "the notify step to fail");
        var step = failed.GetProperty("run").GetProperty("current").GetInt32();
        Assert.Equal("playbook.error.notify_not_configured", failed.GetProperty("run").GetProperty("steps")[step].GetProperty("errorText").GetProperty("code").GetString());
        Assert.Contains(failed.GetProperty("run").GetProperty("steps")[1].GetProperty("groups").GetProperty("g3").GetString(), new[] { "Queued", "Delivered" });
        Assert.True((await launch.SnapshotAsync()).GetProperty("skus")[0].GetProperty("paused").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsJsonAsync($"{incident}/steps/{step}/choice", new { choice = "Skip" })).StatusCode);
        await Wait.Until(() => handler.GetFromJsonAsync<JsonElement>(incident), v => v.GetProperty("run").GetProperty("status").GetString() == "Blocked", what: "the checklist");
        Assert.Equal(HttpStatusCode.Conflict, (await handler.PostAsync($"{incident}/steps/0/check", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.PostAsync($"{incident}/steps/4/check", null)).StatusCode);

        var resolved = await handler.PatchAsJsonAsync(incident, new { status = "Resolved", owner = "王经理", note = "已与商家确认补货" });
        var view = await resolved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Resolved", "王经理"), (view.GetProperty("status").GetString(), view.GetProperty("owner").GetString()));
        Assert.Equal("Completed", view.GetProperty("run").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{ "scope": "Tier", "clientToken": "x" }""", "tier")]
    [InlineData("""{ "scope": "Groups", "groupIds": ["nope"], "clientToken": "x" }""", "groupIds")]
    [InlineData("""{ "scope": "Launch", "skuId": "nope", "clientToken": "x" }""", "skuId")]
    [InlineData("""{ "scope": "Launch" }""", "clientToken")]
    [InlineData("""{ "scope": "Everywhere", "clientToken": "x" }""", "scope")]
    public async Task A_bad_trigger_is_a_validation_problem_naming_the_field(string body, string field)
    {
        var launch = await TestLaunch.CreateAsync(app);
        var handler = await app.LoggedInClientAsync(LiveRoomAppFactory.HandlerUser);
        var response = await TestLaunch.SendAsync(handler, $"/api/launches/{launch.Id}/playbooks/spam-attack/trigger", body, key: null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TestLaunch.ProblemAsync(response);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Empty(await handler.GetFromJsonAsync<JsonElement[]>($"/api/launches/{launch.Id}/incidents") ?? []);
    }

    [Fact]
    public async Task Viewers_and_operators_read_but_cannot_act_and_only_admins_edit_the_library()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var handler = await app.LoggedInClientAsync(LiveRoomAppFactory.HandlerUser);
        var trigger = await handler.PostAsJsonAsync($"/api/launches/{launch.Id}/playbooks/spam-attack/trigger", CoreTier(sku: null));
        var incident = trigger.Headers.Location!.ToString();

        foreach (var user in new[] { LiveRoomAppFactory.ViewerUser, LiveRoomAppFactory.User })
        {
            var client = await app.LoggedInClientAsync(user);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/playbooks")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(incident)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/launches/{launch.Id}/playbooks/spam-attack/preview", CoreTier())).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/launches/{launch.Id}/playbooks/spam-attack/trigger", CoreTier("other"))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PatchAsJsonAsync(incident, new { status = "Resolved" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{incident}/abort", null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"{incident}/steps/0/choice", new { choice = "Skip" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{incident}/steps/1/check", null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/playbooks/spam-attack/source")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PutAsJsonAsync("/api/playbooks/spam-attack", new { source = "id: spam-attack" })).StatusCode);
    }

    [Fact]
    public async Task An_admin_save_is_validated_with_file_line_path_and_reason()
    {
        var admin = await app.LoggedInClientAsync(LiveRoomAppFactory.AdminUser);
        var source = (await admin.GetFromJsonAsync<JsonElement>("/api/playbooks/delivery-delay/source")).GetProperty("source").GetString()!;
        var broken = source.Replace("{group}", "{grop}", StringComparison.Ordinal);

        var response = await admin.PutAsJsonAsync("/api/playbooks/delivery-delay", new { source = broken });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await TestLaunch.ProblemAsync(response);
        var message = problem["errors"]!["steps[0].announce.text"]![0]!.GetValue<string>();
        Assert.StartsWith("delivery-delay.yaml:", message, StringComparison.Ordinal);
        Assert.Contains("unknown placeholder '{grop}'", message, StringComparison.Ordinal);

        var renamed = source.Replace("name: 发货延迟咨询集中", "name: 发货延迟（已改）", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/playbooks/delivery-delay", new { source = renamed })).StatusCode);
        Assert.Equal("发货延迟（已改）", (await admin.GetFromJsonAsync<JsonElement>("/api/playbooks/delivery-delay")).GetProperty("name").GetString());
        // Put back for the other tests that share the app.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/playbooks/delivery-delay", new { source })).StatusCode);
    }

    [Fact]
    public async Task An_admin_edit_is_marked_as_such_and_reverting_brings_the_file_back()
    {
        var admin = await app.LoggedInClientAsync(LiveRoomAppFactory.AdminUser);
        // The node starts on its own folder and takes the cluster's library once it has seeded it; revert needs the seeded files.
        await Wait.Until(() => admin.GetFromJsonAsync<JsonElement>("/api/playbooks"), l => l.GetProperty("version").GetInt64() > 0, what: "the library read from its grain");
        var source = (await admin.GetFromJsonAsync<JsonElement>("/api/playbooks/spam-attack/source")).GetProperty("source").GetString()!;
        var edited = source.Replace("name: 群内广告/刷屏攻击", "name: 刷屏攻击（控制台）", StringComparison.Ordinal);
        Assert.NotEqual(source, edited);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/playbooks/spam-attack", new { source = edited })).StatusCode);
        var shown = await admin.GetFromJsonAsync<JsonElement>("/api/playbooks/spam-attack/source");
        Assert.Equal((true, LiveRoomAppFactory.AdminUser, true), (shown.GetProperty("edited").GetBoolean(), shown.GetProperty("editedBy").GetString(), shown.GetProperty("canRevert").GetBoolean()));

        var reverted = await admin.PostAsync("/api/playbooks/spam-attack/revert", null);
        Assert.Equal(HttpStatusCode.OK, reverted.StatusCode);
        Assert.Equal("群内广告/刷屏攻击", (await reverted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        var back = await admin.GetFromJsonAsync<JsonElement>("/api/playbooks/spam-attack/source");
        Assert.Equal((false, source), (back.GetProperty("edited").GetBoolean(), back.GetProperty("source").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync("/api/playbooks/spam-attack/revert", null)).StatusCode);
    }
}
