using System.Text.Json;
using Microsoft.Playwright;
using static LiveRoom.Browser.Tests.Pages;

namespace LiveRoom.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AnnouncementTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Operator_edits_the_plan_previews_and_sees_a_broadcast_reach_the_inbox()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var id = $"ann-{Guid.NewGuid():N}"[..12];
        try
        {
            await LoginAndOpenAsync(page, "/");
            await CreateLaunchAsync(context.APIRequest, id);
            await page.GotoAsync($"/launches/{id}/announcements");
            await WaitInteractiveAsync(page);
            await page.Locator("[data-test=announcements][data-ready='1']").WaitForAsync(new() { Timeout = Ms(Patience) });

            // A plan entry with a typo is refused at save time, under the entry.
            await page.ClickAsync("[data-test=entry-add]");
            var entry = page.Locator("[data-entry=e1]");
            await entry.Locator("[data-field=entry-offset]").FillAsync("-10");
            await entry.Locator("[data-field=entry-template]").FillAsync("还有{t_minus}开抢 {grup.name}");
            await page.ClickAsync("[data-test=plan-save]");
            var error = entry.Locator("[data-test=entry-error]");
            await error.WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains("{grup.name}", await error.InnerTextAsync());

            await entry.Locator("[data-field=entry-template]").FillAsync("还有{t_minus}开抢 {group.name}");
            await page.ClickAsync("[data-test=plan-save]");
            await page.Locator("[data-test=plan-saved]").WaitForAsync(new() { Timeout = Ms(Patience) });
            await page.Locator("[data-test=ann-next]").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains("T-10m", await TextAsync(page, "[data-test=ann-next]"));

            // Preview for one group, with its own name and the live stock.
            await page.SelectOptionAsync("[data-field=preview-group]", "g2");
            await page.FillAsync("[data-field=preview-template]", "{group.name} 还剩 {sku.remaining} 件");
            await page.ClickAsync("[data-test=preview-run]");
            var preview = page.Locator("[data-test=preview-text]");
            await preview.WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Equal("公告测试群2 还剩 500 件", (await preview.InnerTextAsync()).Trim());

            // Send now: every group's inbox gets its own text and the matrix shows each delivered.
            await page.FillAsync("[data-field=send-template]", "{group.name} 马上开抢");
            await page.ClickAsync("[data-test=send-run]");
            await page.Locator("[data-test=send-receipt]").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains("3", await TextAsync(page, "[data-test=send-receipt]"));
            foreach (var g in new[] { "g1", "g2", "g3" })
                await page.Locator($"[data-test=matrix] [data-group={g}] [data-status=Sent]").WaitForAsync(new() { Timeout = Ms(Patience) });

            await page.SelectOptionAsync("[data-field=inbox-group]", "g3");
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-test=inbox-message]')].some(m => m.textContent.includes('公告测试群3 马上开抢'))",
                null, new() { Timeout = Ms(Patience) });
            await ScreenshotAsync(page, "announcements.png");
        }
        catch
        {
            await ScreenshotAsync(page, "announcements-failure.png");
            throw;
        }
    }

    private static async Task CreateLaunchAsync(IAPIRequestContext api, string launchId)
    {
        var now = DateTimeOffset.UtcNow;
        var created = await api.PostAsync("/api/launches", new()
        {
            DataObject = new
            {
                id = launchId, name = "公告界面测试", startsAt = now.AddMinutes(30), endsAt = now.AddHours(2), timeZone = "Asia/Shanghai",
                skus = new[] { new { id = "gel", name = "冷敷凝胶", price = 59.9, anchorPrice = 99, initialStock = 500, lowStockThreshold = 20 } },
                targets = new { orders = 100, gmv = 5000 },
            },
        });
        Assert.True(created.Ok, $"create launch: {created.Status} {await created.TextAsync()}");
        var groups = Enumerable.Range(1, 3).Select(i => new { id = $"g{i}", name = $"公告测试群{i}", tier = "Core" });
        var imported = await api.PostAsync($"/api/launches/{launchId}/groups/import", new()
        {
            Data = JsonSerializer.Serialize(groups),
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        Assert.True(imported.Ok, $"import: {imported.Status} {await imported.TextAsync()}");
    }
}
