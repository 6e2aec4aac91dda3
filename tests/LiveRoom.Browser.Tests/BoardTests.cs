using Microsoft.Playwright;
using static LiveRoom.Browser.Tests.Pages;

namespace LiveRoom.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class BoardTests(BrowserFixture fixture)
{
    private const string Orders = "[data-kpi=orders] [data-test=kpi-value]";
    private const string PageViews = "[data-kpi=pv] [data-test=kpi-value]";

    [Fact]
    public async Task Demo_board_updates_live_draws_charts_and_switches_to_English()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        try
        {
            await LoginAndOpenAsync(page, "/launches/demo");
            await page.Locator("[data-test=board]").WaitForAsync(new() { Timeout = Ms(Patience) });

            // Chinese by default, whatever the browser's language; the not-persisted banner is up.
            Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
            Assert.Contains("订单", await TextAsync(page, "[data-kpi=orders] .kpi-label"));
            Assert.Contains("数据未持久化", await TextAsync(page, "[data-test=not-persisted]"));

            // Live: page views and (after T0, 5 s after start) orders move without a reload.
            var pv = await TextAsync(page, PageViews);
            await page.WaitForFunctionAsync(
                "([sel, before]) => document.querySelector(sel)?.textContent !== before",
                new[] { PageViews, pv }, new() { Timeout = Ms(Patience) });
            await page.WaitForFunctionAsync(
                "sel => { const t = document.querySelector(sel)?.textContent ?? '0'; return t.trim() !== '0'; }",
                Orders, new() { Timeout = Ms(Patience) });
            var orders = await TextAsync(page, Orders);
            await page.WaitForFunctionAsync(
                "([sel, before]) => document.querySelector(sel)?.textContent !== before",
                new[] { Orders, orders }, new() { Timeout = Ms(Patience) });

            // ApexCharts drew its SVGs, with at least one plotted path in the sales chart.
            await page.Locator("[data-chart=traffic] svg.apexcharts-svg").WaitForAsync(new() { Timeout = Ms(Patience) });
            await page.Locator("[data-chart=sales] .apexcharts-series path").First.WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.True(await page.Locator("[data-test=leaderboard] tr[data-group]").CountAsync() > 0);
            await page.Locator("[data-test=countdown]").WaitForAsync();
            await ScreenshotAsync(page, "board.png");

            // The EN toggle reloads the page in English.
            await page.ClickAsync("[data-lang=en]");
            await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'", null, new() { Timeout = Ms(Patience) });
            await WaitInteractiveAsync(page);
            await page.Locator("[data-test=board]").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Equal("Orders", (await TextAsync(page, "[data-kpi=orders] .kpi-label")).Trim());
            Assert.Contains("Group leaderboard", await TextAsync(page, "[data-test=leaderboard]"), StringComparison.OrdinalIgnoreCase);
            await page.Locator("[data-chart=sales] .apexcharts-series path").First.WaitForAsync(new() { Timeout = Ms(Patience) });
            await ScreenshotAsync(page, "board-en.png");

            // Responsive: on a tablet-width screen the board stacks instead of overflowing.
            await page.SetViewportSizeAsync(760, 1000);
            // ApexCharts redraws on a debounced resize, so wait for the layout to settle.
            await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth + 1", null, new() { Timeout = Ms(TimeSpan.FromSeconds(10)) });
            await ScreenshotAsync(page, "board-narrow.png");
        }
        catch
        {
            await ScreenshotAsync(page, "board-failure.png");
            throw;
        }
    }
}
