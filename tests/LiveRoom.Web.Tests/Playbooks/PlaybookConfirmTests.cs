using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Playbooks;

/// <summary>What a confirmation runs (the previewed plan) and how often (once per idempotency key).</summary>
[Collection(AppCollection.Name)]
public sealed class PlaybookConfirmTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task A_confirm_of_a_plan_that_changed_since_the_preview_is_refused_with_the_fresh_preview()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var handler = await app.LoggedInClientAsync(LiveRoomAppFactory.HandlerUser);
        var path = $"/api/launches/{launch.Id}/playbooks/delivery-delay";
        var shown = await (await handler.PostAsJsonAsync($"{path}/preview", new { scope = "Tier", tier = "Core" })).Content.ReadFromJsonAsync<JsonElement>();
        var fingerprint = shown.GetProperty("planFingerprint").GetString();
        Assert.Equal(3, shown.GetProperty("groups").GetInt32());

        // A group registered between the preview and the click: the approved plan no longer matches.
        var imported = await launch.Api.PostAsJsonAsync($"/api/launches/{launch.Id}/groups/import", new[] { new { id = "g4", name = "群4", tier = "Core", memberCount = 100 } });
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var refused = await handler.PostAsJsonAsync($"{path}/trigger", new { scope = "Tier", tier = "Core", clientToken = "c1", planFingerprint = fingerprint });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await TestLaunch.ProblemAsync(refused);
        Assert.Equal("planFingerprint", problem["field"]!.GetValue<string>());
        var fresh = problem["preview"]!;
        Assert.Equal(4, fresh["groups"]!.GetValue<int>());
        var freshFingerprint = fresh["planFingerprint"]!.GetValue<string>();
        Assert.NotEqual(fingerprint, freshFingerprint);
        Assert.Empty(await handler.GetFromJsonAsync<JsonElement[]>($"/api/launches/{launch.Id}/incidents") ?? []);

        var confirmed = await handler.PostAsJsonAsync($"{path}/trigger", new { scope = "Tier", tier = "Core", clientToken = "c2", planFingerprint = freshFingerprint });
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
    }

    [Fact]
    public async Task The_same_preview_is_stable_and_its_fingerprint_confirms()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var handler = await app.LoggedInClientAsync(LiveRoomAppFactory.HandlerUser);
        var path = $"/api/launches/{launch.Id}/playbooks/spam-attack";
        var fingerprints = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
            (await (await handler.PostAsJsonAsync($"{path}/preview", new { scope = "Launch" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planFingerprint").GetString()));
        Assert.Single(fingerprints.Distinct());
        var confirmed = await handler.PostAsJsonAsync($"{path}/trigger", new { scope = "Launch", clientToken = "c1", planFingerprint = fingerprints[0] });
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
    }

    [Fact]
    public async Task The_idempotency_key_header_repeats_one_run_and_a_new_key_is_a_deliberate_new_run()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var handler = await app.LoggedInClientAsync(LiveRoomAppFactory.HandlerUser);
        var path = $"/api/launches/{launch.Id}/playbooks/spam-attack/trigger";

        var first = await Trigger(handler, path, "key-1");
        var repeated = await Trigger(handler, path, "key-1");
        var rerun = await Trigger(handler, path, "key-2");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created), (first.Status, repeated.Status, rerun.Status));
        Assert.Equal(first.Id, repeated.Id);
        Assert.NotEqual(first.Id, rerun.Id);
        Assert.Equal(2, (await handler.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/incidents")).GetArrayLength());
    }

    private static async Task<(HttpStatusCode Status, string? Id)> Trigger(HttpClient client, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { scope = "Launch" }) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body.TryGetProperty("incidentId", out var id) ? id.GetString() : body.ToString());
    }
}
