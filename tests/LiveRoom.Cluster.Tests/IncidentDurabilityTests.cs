using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Cluster.Tests.Infrastructure;

namespace LiveRoom.Cluster.Tests;

[Trait("Category", "Redis")]
[Trait("Category", "Slow")]
public sealed class IncidentDurabilityTests
{
    private static readonly TimeSpan Converge = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_incident_waiting_on_its_checklist_survives_a_kill_and_its_run_goes_on_after_the_restart()
    {
        await using var redis = await RedisServer.StartAsync();
        var cluster = "incident-" + Guid.NewGuid().ToString("N")[..8];
        var script = new LaunchScript("crisis", groups: 5);
        var settings = new Dictionary<string, string>
        {
            ["LiveRoom__Orleans__SiloPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Orleans__GatewayPort"] = FreePort.Next().ToString(),
            ["LiveRoom__Auth__Users__0__Role"] = "CrisisHandler",
        };
        // spam-attack: pause announcements, then a checklist item the run waits on, then announce + cue to every group.
        var trigger = new { scope = "Launch", clientToken = "click-1" };
        string incident;
        await using (var node = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings))
        {
            await node.LoginAsync();
            await script.CreateAsync(node);
            var response = await node.Http.PostAsJsonAsync("/api/launches/crisis/playbooks/spam-attack/trigger", trigger);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            incident = response.Headers.Location!.ToString();
            await Wait.Until(() => node.Http.GetFromJsonAsync<JsonElement>(incident), v => v.GetProperty("run").GetProperty("status").GetString() == "Blocked", "the checklist", Converge, retryErrors: true);
            await node.KillAsync();
        }

        await using var restarted = await LiveRoomNode.StartAsync(cluster, redis.Connection, settings: settings);
        await restarted.LoginAsync();
        var view = await restarted.Http.GetFromJsonAsync<JsonElement>(incident);
        Assert.Equal("Mitigating", view.GetProperty("status").GetString());
        Assert.Equal(1, view.GetProperty("run").GetProperty("current").GetInt32());
        Assert.Equal("Done", view.GetProperty("run").GetProperty("steps")[0].GetProperty("status").GetString());

        // The same confirmation retried after the crash is still the same incident.
        var again = await restarted.Http.PostAsJsonAsync("/api/launches/crisis/playbooks/spam-attack/trigger", trigger);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(incident, $"/api/launches/crisis/incidents/{(await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incidentId").GetString()}");

        Assert.Equal(HttpStatusCode.OK, (await restarted.Http.PostAsync($"{incident}/steps/1/check", null)).StatusCode);
        view = await Wait.Until(() => restarted.Http.GetFromJsonAsync<JsonElement>(incident), v => v.GetProperty("run").GetProperty("status").GetString() == "Completed", "the rest of the run", Converge, retryErrors: true);
        Assert.Equal(5, view.GetProperty("run").GetProperty("steps")[2].GetProperty("groups").EnumerateObject().Count(g => g.Value.GetString() is "Queued" or "Delivered")); // the inbox outbox may have sent them already
        var timeline = view.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal("incident.triggered", timeline[0]);
        Assert.Contains("playbook.checked", timeline);
    }
}
