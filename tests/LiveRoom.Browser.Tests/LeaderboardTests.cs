using System.Text.Json;
using Microsoft.Playwright;
using static LiveRoom.Browser.Tests.Pages;

namespace LiveRoom.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class LeaderboardTests(BrowserFixture fixture)
{
    private const int Groups = 2000;

    [Fact]
    public async Task Leaderboard_of_2000_groups_is_virtualised_and_filters()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        try
        {
            await LoginAndOpenAsync(page, "/");
            var launchId = $"big-{Guid.NewGuid():N}"[..12];
            await CreateLaunchWithGroupsAsync(context.APIRequest, launchId);

            await page.GotoAsync($"/launches/{launchId}");
            await WaitInteractiveAsync(page);
            var count = page.Locator("[data-test=lb-count]");
            await page.WaitForFunctionAsync(
                "n => document.querySelector('[data-test=lb-count]')?.dataset.total === String(n)",
                Groups, new() { Timeout = Ms(Patience) });
            Assert.Equal(Groups.ToString(), await count.GetAttributeAsync("data-shown"));

            // Virtualised: only the visible rows and a little overscan are in the DOM.
            var rows = page.Locator("[data-test=leaderboard] tr[data-group]");
            await rows.First.WaitForAsync();
            Assert.InRange(await rows.CountAsync(), 1, 80);

            // Scrolling to the end renders the last rows and still keeps the DOM small.
            await page.Locator(".lb-scroll").EvaluateAsync("el => el.scrollTop = el.scrollHeight");
            await page.WaitForFunctionAsync(
                "() => [...document.querySelectorAll('td.rank')].some(td => td.textContent.trim() === '2000')",
                null, new() { Timeout = Ms(Patience) });
            Assert.InRange(await rows.CountAsync(), 1, 80);

            // Search by id.
            await page.FillAsync("[data-test=lb-search]", "g1999");
            await page.WaitForFunctionAsync("() => document.querySelector('[data-test=lb-count]')?.dataset.shown === '1'", null, new() { Timeout = Ms(Patience) });
            await page.Locator("tr[data-group=g1999]").WaitForAsync();

            // Filter by tier: every fifth group is core in this launch.
            await page.FillAsync("[data-test=lb-search]", "");
            await page.SelectOptionAsync("[data-test=lb-tier]", "Core");
            await page.WaitForFunctionAsync($"() => document.querySelector('[data-test=lb-count]')?.dataset.shown === '{Groups / 5}'", null, new() { Timeout = Ms(Patience) });
            await ScreenshotAsync(page, "leaderboard-2000.png");
        }
        catch
        {
            await ScreenshotAsync(page, "leaderboard-failure.png");
            throw;
        }
    }

    /// <summary>Sets the launch up through the public HTTP API, with the browser's auth cookie.</summary>
    private static async Task CreateLaunchWithGroupsAsync(IAPIRequestContext api, string launchId)
    {
        var now = DateTimeOffset.UtcNow;
        var launch = new
        {
            id = launchId,
            name = "两千群压测发售",
            startsAt = now.AddMinutes(30),
            endsAt = now.AddHours(2),
            timeZone = "Asia/Shanghai",
            skus = new[] { new { id = "gel", name = "冷敷凝胶", price = 59.9, anchorPrice = 99, initialStock = 5000, lowStockThreshold = 200 } },
            targets = new { orders = 20000, gmv = 1_000_000 },
        };
        var created = await api.PostAsync("/api/launches", new() { DataObject = launch });
        Assert.True(created.Ok, $"create launch: {created.Status} {await created.TextAsync()}");

        var groups = Enumerable.Range(1, Groups).Select(i => new
        {
            id = $"g{i:0000}",
            name = $"测试社群{i}",
            tier = i % 5 == 0 ? "Core" : i % 5 < 3 ? "Pond" : "Transit",
            memberCount = 100 + i % 300,
        });
        var imported = await api.PostAsync($"/api/launches/{launchId}/groups/import", new()
        {
            Data = JsonSerializer.Serialize(groups),
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        Assert.True(imported.Ok, $"import: {imported.Status} {await imported.TextAsync()}");
        using var report = JsonDocument.Parse(await imported.TextAsync());
        Assert.Equal(Groups, report.RootElement.GetProperty("imported").GetInt32());
    }
}
