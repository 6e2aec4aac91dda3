using System.Text.Json;
using Microsoft.Playwright;
using static LiveRoom.Browser.Tests.Pages;

namespace LiveRoom.Browser.Tests;

/// <summary>beacon.js on a sale page of another origin, in a real browser, reporting to LiveRoom.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class BeaconTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Sale_page_beacon_counts_page_views_and_repeat_visitors_once()
    {
        await using var operatorContext = await fixture.NewContextAsync();
        var operatorPage = await operatorContext.NewPageAsync();
        await LoginAndOpenAsync(operatorPage, "/");
        var api = operatorContext.APIRequest;
        var launchId = $"beacon-{Guid.NewGuid():N}"[..14];
        var beaconKey = await CreateLaunchAsync(api, launchId);

        // The shop's sale page lives on another origin.
        var html = $"""
            <!doctype html><html><head><meta charset="utf-8"><title>限时特惠</title>
            <script async src="{fixture.App.BaseUrl}/beacon.js" data-launch="{launchId}" data-key="{beaconKey}" data-channel-param="ch"></script>
            </head><body><h1>冷敷凝胶 第二盒半价</h1></body></html>
            """;
        using var shop = new SalePageServer(html);

        await using var visitor = await fixture.Browser.NewContextAsync();
        var page = await visitor.NewPageAsync();

        await VisitAsync(page, shop, "g1");
        await WaitForGroupAsync(api, launchId, "g1", pageViews: 1, visitors: 1);

        // The same visitor comes back (cookie lr_vid) and also opens another group's link.
        await VisitAsync(page, shop, "g1");
        await VisitAsync(page, shop, "g2");
        await WaitForGroupAsync(api, launchId, "g1", pageViews: 2, visitors: 1);
        var snapshot = await WaitForGroupAsync(api, launchId, "g2", pageViews: 1, visitors: 1);
        Assert.Equal(1, snapshot.GetProperty("totals").GetProperty("uniqueVisitors").GetInt32());

        // A second person is a second visitor.
        await using var other = await fixture.Browser.NewContextAsync();
        await VisitAsync(await other.NewPageAsync(), shop, "g1");
        snapshot = await WaitForGroupAsync(api, launchId, "g1", pageViews: 3, visitors: 2);
        Assert.Equal(2, snapshot.GetProperty("totals").GetProperty("uniqueVisitors").GetInt32());
    }

    [Fact]
    public async Task Sale_page_script_errors_and_failed_checkout_calls_reach_the_board_as_page_errors()
    {
        await using var operatorContext = await fixture.NewContextAsync();
        var operatorPage = await operatorContext.NewPageAsync();
        await LoginAndOpenAsync(operatorPage, "/");
        var api = operatorContext.APIRequest;
        var launchId = $"pgerr-{Guid.NewGuid():N}"[..14];
        var beaconKey = await CreateLaunchAsync(api, launchId);

        // A page whose checkout call fails (nothing listens on port 9) and whose script then throws.
        var html = $$"""
            <!doctype html><html><head><meta charset="utf-8"><title>限时特惠</title>
            <script src="{{fixture.App.BaseUrl}}/beacon.js" data-launch="{{launchId}}" data-key="{{beaconKey}}" data-checkout-match="/api/checkout"></script>
            </head><body><h1>冷敷凝胶 第二盒半价</h1>
            <button id="buy" onclick="fetch('http://127.0.0.1:9/api/checkout').catch(function () {}); setTimeout(function () { undefinedCheckout(); }, 0);">立即购买</button>
            </body></html>
            """;
        using var shop = new SalePageServer(html);
        await using var visitor = await fixture.Browser.NewContextAsync();
        var page = await visitor.NewPageAsync();
        await VisitAsync(page, shop, "g1");
        await page.ClickAsync("#buy");

        var row = await Wait.Until(async () => Row(await SnapshotAsync(api, launchId), "g1"), r => r.GetProperty("pageErrors").GetInt64() >= 2,
            "g1's page errors", Patience);
        Assert.Equal(2, row.GetProperty("pageErrors").GetInt64());
        Assert.Matches("^(js|checkout): ", row.GetProperty("lastPageError").GetString());

        // The board shows it on the group's row and as a launch total.
        await operatorPage.GotoAsync($"{fixture.App.BaseUrl}/launches/{launchId}");
        await operatorPage.Locator("[data-group=g1] [data-test=lb-page-errors]").WaitForAsync(new() { Timeout = Ms(Patience) });
        Assert.Equal("2", (await operatorPage.Locator("[data-kpi=pageErrors] [data-test=kpi-value]").InnerTextAsync()).Trim());
    }

    /// <summary>Loads the sale page through a group's link and flushes the beacon's batch.</summary>
    private static async Task VisitAsync(IPage page, SalePageServer shop, string group)
    {
        await page.GotoAsync($"{shop.Origin}/sale?ch={group}");
        await page.WaitForFunctionAsync("() => window.LiveRoomBeacon !== undefined", null, new() { Timeout = Ms(Patience) });
        await page.EvaluateAsync("() => window.LiveRoomBeacon.flush()");
    }

    private static async Task<JsonElement> WaitForGroupAsync(IAPIRequestContext api, string launchId, string group, int pageViews, int visitors)
    {
        return await Wait.Until(() => SnapshotAsync(api, launchId),
            s => Row(s, group) is var row && row.GetProperty("pageViews").GetInt64() == pageViews && row.GetProperty("uniqueVisitors").GetInt32() == visitors,
            $"group {group} to show {pageViews} page views / {visitors} visitors", Patience);
    }

    private static async Task<JsonElement> SnapshotAsync(IAPIRequestContext api, string launchId) =>
        JsonDocument.Parse(await (await api.GetAsync($"/api/launches/{launchId}/snapshot")).TextAsync()).RootElement;

    private static JsonElement Row(JsonElement snapshot, string group) =>
        snapshot.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetString() == group);

    private static async Task<string> CreateLaunchAsync(IAPIRequestContext api, string launchId)
    {
        var now = DateTimeOffset.UtcNow;
        var created = await api.PostAsync("/api/launches", new()
        {
            DataObject = new
            {
                id = launchId,
                name = "埋点测试",
                startsAt = now.AddMinutes(10),
                endsAt = now.AddHours(1),
                timeZone = "Asia/Shanghai",
                skus = new[] { new { id = "gel", name = "冷敷凝胶", price = 59.9, anchorPrice = 99.0, initialStock = 100, lowStockThreshold = 10 } },
            },
        });
        Assert.True(created.Ok, $"create launch: {created.Status} {await created.TextAsync()}");
        var key = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("keys").GetProperty("beaconKey").GetString()!;
        var groups = new[] { new { id = "g1", name = "一群" }, new { id = "g2", name = "二群" } };
        var imported = await api.PostAsync($"/api/launches/{launchId}/groups/import", new()
        {
            Data = JsonSerializer.Serialize(groups),
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        Assert.True(imported.Ok, $"import: {imported.Status}");
        return key;
    }
}
