using Microsoft.Playwright;
using static LiveRoom.Browser.Tests.Pages;

namespace LiveRoom.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SetupTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Operator_creates_a_launch_sets_it_up_and_opens_a_group()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var id = $"ui-{Guid.NewGuid():N}"[..11];
        try
        {
            await LoginAndOpenAsync(page, "/");
            await page.Locator("[data-test=launch-list]").WaitForAsync(new() { Timeout = Ms(Patience) });
            await ScreenshotAsync(page, "launches.png");

            // Create: the form needs an id, a name and a valid first SKU.
            await page.FillAsync("[data-field=id]", id);
            await page.FillAsync("[data-field=name]", "界面测试发售");
            await page.FillAsync("[data-field=sku-name]", "测试商品");
            await page.FillAsync("[data-field=sku-price]", "9.9");
            await page.FillAsync("[data-field=sku-initialstock]", "100");
            await page.ClickAsync("[data-test=create-submit]");
            await page.WaitForURLAsync($"**/launches/{id}/edit", new() { Timeout = Ms(Patience) });

            // Keys are masked until revealed.
            var key = page.Locator("[data-test=server-key]");
            await key.WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains("•", await key.InnerTextAsync());
            await page.ClickAsync("[data-test=reveal]");
            await page.WaitForFunctionAsync("() => document.querySelector('[data-test=server-key]').textContent.startsWith('lrk_') && !document.querySelector('[data-test=server-key]').textContent.includes('•')");

            // One group by hand.
            await page.FillAsync("[data-field=group-id]", "g1");
            await page.FillAsync("[data-field=group-name]", "手动登记群");
            await page.ClickAsync("[data-test=group-save]");
            await page.Locator("[data-test=group-saved]").WaitForAsync(new() { Timeout = Ms(Patience) });

            // A CSV import with one bad row: the good row is kept and the bad one reported.
            await page.FillAsync("[data-test=import-text]", "id,name,tier,memberCount\ng2,导入好群,核心,120\nbad id!,导入坏群,Core,10\n");
            await page.ClickAsync("[data-test=import-run]");
            var summary = page.Locator("[data-test=import-summary]");
            await summary.WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains("导入 1 个", await summary.InnerTextAsync());
            Assert.Contains("bad id!", await page.Locator("[data-test=group-import] table").InnerTextAsync());

            // Pin the phase to Live.
            await page.ClickAsync("[data-phase-choice=Live]");
            await page.ClickAsync("[data-test=phase-apply]");
            await page.WaitForFunctionAsync("() => document.querySelector('[data-test=phase-now]').textContent.includes('开售中')", null, new() { Timeout = Ms(Patience) });
            await ScreenshotAsync(page, "setup.png");

            // The board shows the pinned phase and both groups; a group opens its detail page.
            await page.GotoAsync($"/launches/{id}");
            await WaitInteractiveAsync(page);
            await page.Locator("[data-test=board] .badge[data-phase=Live]").WaitForAsync(new() { Timeout = Ms(Patience) });
            await page.WaitForFunctionAsync("() => document.querySelector('[data-test=lb-count]')?.dataset.total === '2'", null, new() { Timeout = Ms(Patience) });
            await page.ClickAsync("tr[data-group=g2] a");
            await page.WaitForURLAsync($"**/launches/{id}/groups/g2", new() { Timeout = Ms(Patience) });
            await page.Locator("[data-test=group-stats]").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains("导入好群", await page.Locator("h1").InnerTextAsync());
            await page.Locator("[data-chart=group-traffic] svg.apexcharts-svg").WaitForAsync(new() { Timeout = Ms(Patience) });
            await ScreenshotAsync(page, "group.png");

            // Log out from the layout; pages then need a login again.
            await page.ClickAsync("[data-test=logout]");
            await page.WaitForURLAsync("**/login**", new() { Timeout = Ms(Patience) });
            await page.GotoAsync("/");
            await page.WaitForURLAsync("**/login**");
        }
        catch
        {
            await ScreenshotAsync(page, "setup-failure.png");
            throw;
        }
    }

    [Fact]
    public async Task Wrong_password_shows_an_error()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=Username]", BrowserApp.User);
        await page.FillAsync("input[name=Password]", "wrong");
        await page.ClickAsync("[data-test=login-submit]");
        await page.Locator("[data-test=login-failed]").WaitForAsync(new() { Timeout = Ms(Patience) });
        Assert.Contains("failed=1", page.Url);
    }
}
