using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Playbooks;

[Collection(AppCollection.Name)]
public sealed class IncidentStatusApiTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task A_backwards_status_is_a_conflict_naming_the_field_and_changes_nothing()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var handler = await app.LoggedInClientAsync(LiveRoomAppFactory.HandlerUser);
        var trigger = await handler.PostAsJsonAsync($"/api/launches/{launch.Id}/playbooks/spam-attack/trigger", new { scope = "Launch", clientToken = "s1" });
        var incident = trigger.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await handler.PatchAsJsonAsync(incident, new { status = "Resolved" })).StatusCode);

        var back = await handler.PatchAsJsonAsync(incident, new { status = "Mitigating", owner = "王经理" });

        Assert.Equal(HttpStatusCode.Conflict, back.StatusCode);
        var problem = await TestLaunch.ProblemAsync(back);
        Assert.Equal("status", problem["field"]!.GetValue<string>());
        Assert.Contains("resolved", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var view = await handler.GetFromJsonAsync<JsonElement>(incident);
        Assert.Equal("Resolved", view.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("owner").ValueKind);
    }
}
