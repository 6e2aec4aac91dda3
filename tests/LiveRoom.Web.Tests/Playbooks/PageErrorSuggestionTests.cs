using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Playbooks;

[Collection(AppCollection.Name)]
public sealed class PageErrorSuggestionTests(LiveRoomAppFactory app)
{
    private static object PageError(string id, string group, string? code = "checkout", string? message = "HTTP 502") =>
        new { id, type = "page_error", groupId = group, code, message, at = DateTimeOffset.UtcNow };

    [Fact]
    public async Task Page_errors_from_the_beacon_are_counted_and_bring_up_the_sale_page_playbooks()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var suggestions = $"/api/launches/{launch.Id}/playbooks/suggestions";
        Assert.Equal(0, (await launch.Api.GetFromJsonAsync<JsonElement>(suggestions)).GetArrayLength());

        // Below the default rule (10 errors from 3 groups in the last minute): counted, no card.
        var beacon = $"/api/launches/{launch.Id}/beacon?key={launch.BeaconKey}";
        var first = Enumerable.Range(0, 9).Select(i => PageError($"pe{i}", $"g{i % 3 + 1}")).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await TestLaunch.SendAsync(launch.Api, beacon, JsonSerializer.Serialize(first), key: null)).StatusCode);
        await launch.TotalsWhenAsync(t => t.GetProperty("pageErrors").GetInt64() == 9, "9 page errors on the board");
        Assert.Equal(0, (await launch.Api.GetFromJsonAsync<JsonElement>(suggestions)).GetArrayLength());

        var more = new[] { PageError("pe9", "g1"), PageError("pe10", "g2", "js", "Cannot read properties of undefined") };
        Assert.Equal(HttpStatusCode.OK, (await TestLaunch.SendAsync(launch.Api, beacon, JsonSerializer.Serialize(more), key: null)).StatusCode);

        var cards = await Wait.Until(() => launch.Api.GetFromJsonAsync<JsonElement>(suggestions), c => c.GetArrayLength() > 0, what: "the page-error cards");
        Assert.Equal(["sale-page-mobile", "checkout-link-broken"], cards.EnumerateArray().Select(c => c.GetProperty("playbook").GetString()).Order().Reverse());
        Assert.All(cards.EnumerateArray(), c => Assert.Equal("PageError", c.GetProperty("signal").GetString()));

        // Counted per group on the rows, with the last error to tell a broken checkout from a broken page.
        // Rows travel at most once per GroupRowInterval, later than the totals the cards come from.
        static (int, int, int) Errors(Dictionary<string, JsonElement> rows) =>
            (rows["g1"].GetProperty("pageErrors").GetInt32(), rows["g2"].GetProperty("pageErrors").GetInt32(), rows["g3"].GetProperty("pageErrors").GetInt32());
        static Dictionary<string, JsonElement> Rows(JsonElement snapshot) =>
            snapshot.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("id").GetString()!);
        var rows = Rows(await Wait.Until(launch.SnapshotAsync, s => Errors(Rows(s)) == (4, 4, 3), what: "the page errors on g1–g3's rows"));
        Assert.Equal("js: Cannot read properties of undefined", rows["g2"].GetProperty("lastPageError").GetString());
    }

    [Fact]
    public async Task A_page_error_with_a_bad_field_is_refused_naming_it_and_orders_stay_refused_for_the_beacon_key()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var response = await launch.PostEventAsync(new { id = "x", type = "page_error", groupId = "g1", code = new string('c', 65) }, launch.BeaconKey);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("code", (await TestLaunch.ProblemAsync(response)).ToJsonString(), StringComparison.Ordinal);

        var order = await launch.PostEventAsync(TestLaunch.Order("o", "g1", "o1"), launch.BeaconKey);
        Assert.False(order.IsSuccessStatusCode);
        Assert.Contains("page_view and page_error", await order.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
