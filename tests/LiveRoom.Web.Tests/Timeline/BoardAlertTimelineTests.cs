using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Timeline;

/// <summary>The board's alerts reach the launch timeline through the real pipeline, once each.</summary>
[Collection(AppCollection.Name)]
public sealed class BoardAlertTimelineTests(LiveRoomAppFactory app)
{
    private static async Task<List<JsonElement>> AlertsAsync(TestLaunch launch) =>
        (await launch.Api.GetFromJsonAsync<JsonElement>($"/api/launches/{launch.Id}/timeline?format=json"))
            .EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "Alert").ToList();

    private static IEnumerable<string?> Actions(IEnumerable<JsonElement> entries) => entries.Select(e => e.GetProperty("action").GetString());

    [Fact]
    public async Task A_sold_out_sku_and_quiet_groups_are_alerts_on_the_timeline_once_each()
    {
        var launch = await TestLaunch.CreateAsync(app, groups: 2, stock: 3);
        // A live launch whose groups never spoke: both are quiet, in one entry.
        var quiet = await Wait.Until(() => AlertsAsync(launch), a => Actions(a).Contains("group.silent"), what: "the quiet groups on the timeline");
        Assert.Equal(["g1", "g2"], quiet.Single(a => a.GetProperty("action").GetString() == "group.silent").GetProperty("groupIds").EnumerateArray().Select(g => g.GetString()).Order());

        Assert.Equal(HttpStatusCode.OK, (await launch.PostEventAsync(TestLaunch.Order("o1", "g1", "order-1", quantity: 3, sku: "cup"))).StatusCode);

        var alerts = await Wait.Until(() => AlertsAsync(launch), a => Actions(a).Contains("sku.sold_out") && Actions(a).Contains("group.silent.cleared"), what: "sold out and g1 speaking again");
        var soldOut = Assert.Single(alerts, a => a.GetProperty("action").GetString() == "sku.sold_out");
        Assert.Equal("sku.sold_out|cup", soldOut.GetProperty("refId").GetString());
        Assert.Equal("system", soldOut.GetProperty("actor").GetString());
        Assert.Equal(["g1"], alerts.Single(a => a.GetProperty("action").GetString() == "group.silent.cleared").GetProperty("groupIds").EnumerateArray().Select(g => g.GetString()));

        // Later ticks with changes (another group's page view) do not repeat a standing alert.
        Assert.Equal(HttpStatusCode.OK, (await launch.PostEventAsync(TestLaunch.PageView("p1", "g2", "v1"))).StatusCode);
        var later = await Wait.Until(() => AlertsAsync(launch), a => Actions(a).Count(x => x == "group.silent.cleared") == 2, what: "g2 speaking again");
        Assert.Single(later, a => a.GetProperty("action").GetString() == "sku.sold_out");
        Assert.Single(later, a => a.GetProperty("action").GetString() == "group.silent");
    }
}
