using Microsoft.Playwright;
using static LiveRoom.Browser.Tests.Pages;

namespace LiveRoom.Browser.Tests;

/// <summary>
/// The staff posting channel end to end: the operator issues a posting link, the owner opens it on a
/// phone, copies a notice and marks it posted; the operator's matrix shows who posted it, and the
/// notice nobody posted turns late there, on the page's banner and at the top of the owner's page.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PostingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Owner_copies_and_marks_a_notice_posted_on_a_phone_and_the_unposted_one_turns_late_on_the_matrix()
    {
        await using var desk = await fixture.NewContextAsync();
        var ops = await desk.NewPageAsync();
        await using var phoneContext = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.BaseUrl,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        phoneContext.SetDefaultTimeout(Ms(TimeSpan.FromSeconds(30)));
        var phone = await phoneContext.NewPageAsync();
        var id = $"post-{Guid.NewGuid():N}"[..12];
        try
        {
            await LoginAndOpenAsync(ops, "/");
            await CreateLaunchAsync(desk.APIRequest, id);
            await ops.GotoAsync($"/launches/{id}/announcements");
            await WaitInteractiveAsync(ops);
            await ops.Locator("[data-test=announcements][data-ready='1']").WaitForAsync(new() { Timeout = Ms(Patience) });

            // The operator issues the owner's link; it is shown once, here.
            await ops.Locator("[data-test=posting-link][data-person=小美] [data-test=posting-link-issue]").ClickAsync();
            var link = ops.Locator("[data-test=posting-link-new]");
            await link.WaitForAsync(new() { Timeout = Ms(Patience) });
            var url = (await link.GetAttributeAsync("href"))!;
            Assert.Contains("/p/", url);

            var sent = await desk.APIRequest.PostAsync($"/api/launches/{id}/announcements/broadcast", new()
            {
                DataObject = new { template = "{group.name} 还有{t_minus}开抢", idempotencyKey = "posting-ui" },
            });
            Assert.True(sent.Ok, $"broadcast: {sent.Status}");

            // The owner's phone: both groups' notices, each with its own group name.
            await phone.GotoAsync(new Uri(url).PathAndQuery);
            await WaitInteractiveAsync(phone);
            var g1 = phone.Locator("[data-test=post-notice][data-key^='g1|']");
            await g1.Locator("[data-test=post-text]").WaitForAsync(new() { Timeout = Ms(Patience) });
            var text = (await g1.Locator("[data-test=post-text]").InnerTextAsync()).Trim();
            Assert.StartsWith("发布测试群1 还有", text);
            await phone.Locator("[data-test=post-notice][data-key^='g2|'] [data-test=post-text]").WaitForAsync(new() { Timeout = Ms(Patience) });

            await g1.Locator("[data-test=post-copy]").ClickAsync();
            await g1.Locator("[data-test=post-copy][data-copied='1']").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Equal(text, (await phone.EvaluateAsync<string>("() => navigator.clipboard.readText()")).Trim());
            await g1.Locator("[data-test=post-posted]").ClickAsync();
            await phone.Locator("[data-test=post-notice][data-key^='g1|'][data-status=Posted]").WaitForAsync(new() { Timeout = Ms(Patience) });

            // The matrix: g1 posted by the owner (a person, not a machine), g2 late, g3 (inbox) sent by the machine.
            await ops.Locator("[data-test=matrix] [data-group=g1] [data-status=Posted][data-posted-by=小美]").WaitForAsync(new() { Timeout = Ms(Patience) });
            await ops.Locator("[data-test=matrix] [data-group=g3] [data-status=Sent]").WaitForAsync(new() { Timeout = Ms(Patience) });
            await ops.Locator("[data-test=matrix] [data-group=g2] [data-status=Late]").WaitForAsync(new() { Timeout = Ms(Patience) });
            await ops.Locator("[data-test=staff-late][data-count='1']").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains("小美", await ops.Locator("[data-test=matrix] [data-group=g1] [data-status=Posted]").GetAttributeAsync("title") ?? "");

            // The late one is at the top of the owner's page.
            await phone.Locator("[data-test=post-notice][data-status=Late]").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.StartsWith("g2|", await phone.Locator("[data-test=post-notice]").First.GetAttributeAsync("data-key") ?? "");
            await ScreenshotAsync(phone, "posting-phone.png");
            await ScreenshotAsync(ops, "posting-matrix.png");

            // The full English switch on the phone.
            Assert.Contains("待发公告", await phone.TitleAsync());
            await phone.Locator("[data-test=post-lang-en]").ClickAsync();
            await phone.WaitForFunctionAsync("() => document.title.includes('Notices to post')", null, new() { Timeout = Ms(Patience) });
            await WaitInteractiveAsync(phone);
            await phone.Locator("[data-test=post-notice][data-status=Late]").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains("late", await phone.Locator("[data-test=post-notice][data-status=Late] .tag").InnerTextAsync());
        }
        catch
        {
            await ScreenshotAsync(phone, "posting-phone-failure.png");
            await ScreenshotAsync(ops, "posting-matrix-failure.png");
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
                id = launchId, name = "发布页测试", startsAt = now.AddMinutes(30), endsAt = now.AddHours(2), timeZone = "Asia/Shanghai",
                skus = new[] { new { id = "gel", name = "冷敷凝胶", price = 59.9, anchorPrice = 99, initialStock = 500, lowStockThreshold = 20 } },
                targets = new { orders = 100, gmv = 5000 },
            },
        });
        Assert.True(created.Ok, $"create launch: {created.Status} {await created.TextAsync()}");
        foreach (var (group, staffPost) in new[] { ("g1", true), ("g2", true), ("g3", false) })
        {
            var put = await api.PutAsync($"/api/launches/{launchId}/groups/{group}", new()
            {
                DataObject = new
                {
                    id = group, name = $"发布测试群{group[1..]}", tier = "Core", memberCount = 100, owner = "小美",
                    channel = new { kind = staffPost ? "StaffPost" : "Inbox" },
                },
            });
            Assert.True(put.Ok, $"group {group}: {put.Status} {await put.TextAsync()}");
        }
    }
}
