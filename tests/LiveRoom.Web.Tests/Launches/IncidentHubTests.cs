using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR;

namespace LiveRoom.Web.Tests.Launches;

[Collection(AppCollection.Name)]
public sealed class IncidentHubTests(LiveRoomAppFactory app)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_subscriber_gets_the_incident_then_its_changes_pushed()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var handler = await app.LoggedInClientAsync(LiveRoomAppFactory.HandlerUser);
        var trigger = await handler.PostAsJsonAsync($"/api/launches/{launch.Id}/playbooks/delivery-delay/trigger", new { scope = "Launch", clientToken = "hub-1" });
        Assert.Equal(HttpStatusCode.Created, trigger.StatusCode);
        var incidentId = (await trigger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incidentId").GetString()!;

        await using var hub = HubClient.Create(app, await app.AuthCookieAsync());
        var sawNote = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>("Incident", v =>
        {
            if (v.GetProperty("notes").EnumerateArray().Any(n => n.GetProperty("text").GetString() == "已通知仓库加急")) sawNote.TrySetResult(v);
        });
        await hub.StartAsync();

        var first = await hub.InvokeAsync<JsonElement>("SubscribeIncident", launch.Id, incidentId);
        Assert.Equal(incidentId, first.GetProperty("id").GetString());

        // A handler's change on another connection (the HTTP API) reaches the subscriber without it asking.
        var patched = await handler.PatchAsJsonAsync($"/api/launches/{launch.Id}/incidents/{incidentId}", new { owner = "王经理", note = "已通知仓库加急" });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var view = await Wait.Until(sawNote.Task, "the note pushed to the incident subscriber", Timeout);
        Assert.Equal("王经理", view.GetProperty("owner").GetString());
        Assert.True(view.GetProperty("version").GetInt64() > first.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Subscribing_to_an_unknown_incident_is_an_error()
    {
        var launch = await TestLaunch.CreateAsync(app);
        await using var hub = HubClient.Create(app, await app.AuthCookieAsync());
        await hub.StartAsync();
        var error = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonElement>("SubscribeIncident", launch.Id, "nope"));
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }
}
