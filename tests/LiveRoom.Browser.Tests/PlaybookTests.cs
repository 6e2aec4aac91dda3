using System.Text.Json;
using Microsoft.Playwright;
using static LiveRoom.Browser.Tests.Pages;

namespace LiveRoom.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PlaybookTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_admin_edit_is_marked_as_edited_and_reverting_shows_the_file_again()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        try
        {
            await LoginAndOpenAsync(page, "/playbooks/price-error/edit", BrowserApp.Admin);
            await WaitInteractiveAsync(page);
            var source = page.Locator("[data-test=pb-source]");
            var shipped = await source.InputValueAsync();
            Assert.Contains("name: 价格标错", shipped, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("[data-test=pb-edited]").CountAsync());

            await source.FillAsync(shipped.Replace("name: 价格标错", "name: 价格标错（控制台）", StringComparison.Ordinal));
            await page.ClickAsync("[data-test=pb-save]");
            await page.Locator("[data-test=pb-saved]").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains(BrowserApp.Admin, await TextAsync(page, "[data-test=pb-edited]"), StringComparison.Ordinal);

            await page.ClickAsync("[data-test=pb-revert]");
            await page.Locator("[data-test=pb-edited]").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = Ms(Patience) });
            Assert.Equal(shipped, await source.InputValueAsync());
        }
        catch
        {
            await ScreenshotAsync(page, "failure-playbook-editor.png");
            throw;
        }
    }

    [Fact]
    public async Task A_crisis_handler_runs_the_suggested_sold_out_playbook_for_the_core_tier_resolves_it_and_the_review_and_export_show_it()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        try
        {
            await LoginAndOpenAsync(page, "/", BrowserApp.Handler);
            var launchId = await CreateLaunchWithSoldOutSkuAsync(context.APIRequest);

            // The board suggests the sold-out playbook for the SKU that ran out.
            await page.GotoAsync($"/launches/{launchId}");
            await WaitInteractiveAsync(page);
            var card = page.Locator("[data-test=pb-suggestions] [data-playbook=sku-sold-out]");
            await card.WaitForAsync(new() { Timeout = Ms(Patience) });
            await card.Locator("[data-test=pb-suggest-run]").ClickAsync();

            // Scope: the Core tier; the preview shows every core group's rendered text.
            await page.WaitForURLAsync("**/playbooks?**");
            await WaitInteractiveAsync(page);
            await page.Locator("[data-test=pb-scope]").SelectOptionAsync("Tier");
            await page.Locator("[data-test=pb-tier]").SelectOptionAsync("Core");
            await page.ClickAsync("[data-test=pb-preview]");
            var announce = page.Locator("[data-test=pb-plan] li[data-step='1'] tr[data-group]");
            await announce.First.WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Equal(3, await announce.CountAsync());
            Assert.Contains("限量杯 已经全部抢光", await announce.First.InnerTextAsync());
            await ScreenshotAsync(page, "playbook-preview.png");
            await page.ClickAsync("[data-test=pb-confirm]");

            // The incident shows per-group delivery, the failed notify step (no webhook configured) is skipped, the checklist ticked.
            await page.WaitForURLAsync("**/incidents/**", new() { Timeout = Ms(Patience) });
            await WaitInteractiveAsync(page);
            // Queued, then delivered as the outbox reports (inbox channels deliver at once).
            var queued = page.Locator("[data-step='1'] [data-delivery=Queued], [data-step='1'] [data-delivery=Delivered]");
            await page.WaitForFunctionAsync("() => document.querySelectorAll(\"[data-step='1'] [data-delivery=Queued], [data-step='1'] [data-delivery=Delivered]\").length === 3", null, new() { Timeout = Ms(Patience) });
            Assert.Equal(0, await page.Locator("[data-step='1'] [data-group=p1]").CountAsync());
            await page.Locator("[data-test=skip]").ClickAsync(new() { Timeout = Ms(Patience) });
            await page.Locator("[data-test=check]").ClickAsync(new() { Timeout = Ms(Patience) });
            await page.Locator("[data-test=incident][data-run=Completed]").WaitForAsync(new() { Timeout = Ms(Patience) });
            await page.ClickAsync("[data-test=resolve]");
            await page.Locator("[data-test=incident][data-status=Resolved]").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Equal(3, await queued.CountAsync());
            await ScreenshotAsync(page, "incident-resolved.png");

            var incidentId = new Uri(page.Url).Segments[^1];
            // The incident list shows it resolved.
            await page.GotoAsync($"/launches/{launchId}/incidents");
            await WaitInteractiveAsync(page);
            await page.Locator($"[data-test=incidents] tr[data-incident='{incidentId}'][data-status=Resolved]").WaitForAsync(new() { Timeout = Ms(Patience) });

            // The review tells the story (the incident with how long it lasted and how soon it spoke) and the export keeps it.
            await page.GotoAsync($"/launches/{launchId}/review");
            await WaitInteractiveAsync(page);
            var reviewed = page.Locator($"[data-test=review-incidents] tr[data-incident='{incidentId}']");
            await reviewed.WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Matches(@"\d+:\d\d", await reviewed.Locator("[data-test=duration]").InnerTextAsync());
            Assert.Matches(@"^\d+ ms$", await reviewed.Locator("[data-test=first-message]").InnerTextAsync());
            // …and how the cues worked, per kind, in the window the reader picks (the cue board's own panel).
            await page.Locator("[data-test=cue-effect] [data-test=cue-effect-window]").WaitForAsync(new() { Timeout = Ms(Patience) });
            var export = await context.APIRequest.GetAsync($"/api/launches/{launchId}/timeline?format=json");
            Assert.True(export.Ok, await export.TextAsync());
            var actions = (await export.JsonAsync())!.Value.EnumerateArray()
                .Where(e => e.GetProperty("refId").GetString() == incidentId).Select(e => e.GetProperty("action").GetString()).ToList();
            Assert.Contains("incident.triggered", actions);
            Assert.Contains("incident.resolved", actions);
        }
        catch (Exception ex)
        {
            await ScreenshotAsync(page, "playbook-failure.png");
            var log = fixture.App.Output;
            throw new InvalidOperationException($"{ex.Message}{Environment.NewLine}--- app log (tail) ---{Environment.NewLine}{log[^Math.Min(log.Length, 6_000)..]}", ex);
        }
    }

    /// <summary>A live launch with three core groups and a pond group, whose only SKU then sells out.</summary>
    private static async Task<string> CreateLaunchWithSoldOutSkuAsync(IAPIRequestContext api)
    {
        var id = "pb-" + Guid.NewGuid().ToString("N")[..10];
        var now = DateTimeOffset.UtcNow;
        var created = await api.PostAsync("/api/launches", new()
        {
            DataObject = new
            {
                id, name = "预案测试", startsAt = now.AddMinutes(-5), endsAt = now.AddHours(1), timeZone = "Asia/Shanghai",
                skus = new[] { new { id = "cup", name = "限量杯", price = 89.0, anchorPrice = 159.0, initialStock = 2, lowStockThreshold = 0 } },
            },
        });
        Assert.Equal(201, created.Status);
        var serverKey = (await created.JsonAsync())!.Value.GetProperty("keys").GetProperty("serverKey").GetString()!;
        var groups = new[] { ("c1", "Core"), ("c2", "Core"), ("c3", "Core"), ("p1", "Pond") }
            .Select(g => new { id = g.Item1, name = $"群{g.Item1}", tier = g.Item2, memberCount = 100 });
        Assert.Equal(200, (await api.PostAsync($"/api/launches/{id}/groups/import", new() { DataObject = groups })).Status);
        var order = await api.PostAsync($"/api/launches/{id}/events", new()
        {
            Headers = new Dictionary<string, string> { ["X-LiveRoom-Key"] = serverKey },
            DataObject = new { id = "o1", type = "order", groupId = "c1", orderId = "o1", skuId = "cup", quantity = 2, amount = 178.0, status = "paid", at = now },
        });
        Assert.True(order.Ok, await order.TextAsync());
        return id;
    }
}
