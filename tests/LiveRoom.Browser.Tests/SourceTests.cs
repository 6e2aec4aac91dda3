using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static LiveRoom.Browser.Tests.Pages;

namespace LiveRoom.Browser.Tests;

/// <summary>
/// The 数据源 page end to end: an operator adds a Youzan source, reads its callback URL, and a
/// signed push to that URL shows up in the page's counters without a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SourceTests(BrowserFixture fixture)
{
    private const string ClientId = "browser-yz-client";
    private const string Secret = "browser-yz-secret-0123456789";

    [Fact]
    public async Task Operator_adds_a_Youzan_source_and_a_signed_push_moves_its_counters()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var name = $"有赞测试店-{Guid.NewGuid():N}"[..16];
        try
        {
            await LoginAndOpenAsync(page, "/sources");
            await page.Locator("[data-test=create-source]").WaitForAsync(new() { Timeout = Ms(Patience) });

            await page.FillAsync("[data-field=source-name]", name);
            await page.FillAsync("[data-field=client-id]", ClientId);
            await page.FillAsync("[data-field=client-secret]", Secret);
            await page.ClickAsync("[data-test=create-source-submit]");

            // The callback URL is shown once created, with the warning that the secret is not shown again.
            var callback = page.Locator("[data-test=created-callback]");
            await callback.WaitForAsync(new() { Timeout = Ms(Patience) });
            var url = (await callback.InnerTextAsync()).Trim();
            Assert.StartsWith(fixture.App.BaseUrl.TrimEnd('/') + "/sources/src-", url, StringComparison.Ordinal);
            Assert.EndsWith("/youzan", url, StringComparison.Ordinal);
            Assert.True(await page.Locator("[data-test=secret-once]").IsVisibleAsync());
            var sourceId = url.Split('/')[^2];
            var row = $"tr[data-source='{sourceId}']";
            await page.Locator($"{row} [data-stat=unmatched][data-value='0']").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.DoesNotContain(Secret, await page.ContentAsync(), StringComparison.Ordinal);
            Assert.Contains("••••", await TextAsync(page, $"{row} [data-test=secret-hint]"));

            // A signed trade_TradePaid for a SKU no launch maps: genuine, so counted unmatched with an example.
            var tid = "E" + Guid.NewGuid().ToString("N")[..16];
            var response = await context.APIRequest.PostAsync(url, new()
            {
                Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
                Data = Push(tid),
            });
            Assert.Equal(200, response.Status);
            Assert.Equal(0, (await response.JsonAsync())!.Value.GetProperty("code").GetInt32());

            // The page refreshes itself: no reload, the counter moves and the example appears.
            await page.Locator($"{row} [data-stat=unmatched][data-value='1']").WaitForAsync(new() { Timeout = Ms(Patience) });
            await page.Locator($"[data-test=unmatched-examples] tr[data-example='{tid}']").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.NotEqual("从未", (await TextAsync(page, $"{row} [data-test=last-event]")).Trim());
            await ScreenshotAsync(page, "sources.png");

            // On a phone the wide table scrolls inside its card instead of squeezing its columns.
            await page.SetViewportSizeAsync(390, 844);
            Assert.True(await page.EvaluateAsync<bool>("() => { const c = document.querySelector('[data-test=source-list]').parentElement; return c.scrollWidth > c.clientWidth; }"));
            await ScreenshotAsync(page, "sources-phone.png");
        }
        catch
        {
            await ScreenshotAsync(page, "sources-failure.png");
            throw;
        }
    }

    /// <summary>A Youzan push envelope: msg URL-encoded and signed as sent, sign = lowercase hex MD5(client_id + msg + client_secret).</summary>
    private static string Push(string tid)
    {
        var trade = JsonSerializer.Serialize(new
        {
            full_order_info = new
            {
                order_info = new { tid },
                orders = new[] { new { oid = "1", outer_sku_id = "NOT-MAPPED-" + tid, num = 1, payment = "9.90" } },
                remark_info = new { buyer_message = "g1" },
            },
        });
        var msg = WebUtility.UrlEncode(trade);
        var sign = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(ClientId + msg + Secret)));
        return JsonSerializer.Serialize(new { client_id = ClientId, msg, msg_id = "m-" + tid, type = "trade_TradePaid", status = "WAIT_SELLER_SEND_GOODS", version = 1, kdt_id = 1, sign });
    }
}
