using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Microsoft.Playwright;
using static LiveRoom.Browser.Tests.Pages;

namespace LiveRoom.Browser.Tests;

/// <summary>
/// Cues end to end: a negative message arrives through the signed bot webhook, its cue shows on
/// the cue board and on the seeded member's phone page, the member acknowledges it there, and the
/// board shows it acknowledged.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CueTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_negative_message_becomes_a_cue_the_member_acknowledges_on_their_page_and_the_board_follows()
    {
        await using var context = await fixture.NewContextAsync();
        var board = await context.NewPageAsync();
        IPage? phone = null;
        try
        {
            await LoginAndOpenAsync(board, "/");
            // Set up over the API with the browser's own login cookie.
            var api = board.APIRequest;
            var id = "cue-" + Guid.NewGuid().ToString("N")[..8];
            var now = DateTimeOffset.UtcNow;
            var created = await api.PostAsync("/api/launches", new()
            {
                DataObject = new
                {
                    id, name = "提示测试", startsAt = now.AddMinutes(-1), endsAt = now.AddHours(1), timeZone = "Asia/Shanghai",
                    skus = new[] { new { id = "gel", name = "冷敷凝胶", price = 59.9, anchorPrice = 99.0, initialStock = 100, lowStockThreshold = 5 } },
                    targets = new { orders = 10, gmv = 1000 },
                },
            });
            Assert.Equal(201, created.Status);
            var serverKey = (await created.JsonAsync())!.Value.GetProperty("keys").GetProperty("serverKey").GetString()!;
            Assert.Equal(200, (await api.PutAsync($"/api/launches/{id}/groups/g1", new()
            {
                DataObject = new { id = "g1", name = "杭州宝妈群", tier = "Core", memberCount = 50, owner = "群主王", seededMembers = new[] { "托小美" } },
            })).Status);
            var link = await api.PostAsync($"/api/launches/{id}/cues/links/{Uri.EscapeDataString("托小美")}/rotate");
            var memberUrl = (await link.JsonAsync())!.Value.GetProperty("url").GetString()!;

            await board.GotoAsync($"/launches/{id}/cues");
            await WaitInteractiveAsync(board);
            await board.Locator("[data-test=cue-counts]").WaitForAsync(new() { Timeout = Ms(Patience) });

            var body = JsonSerializer.Serialize(new[] { new { id = "neg-1", type = "chat_message", groupId = "g1", memberId = "路人甲", text = "这是骗子吧，上次的还没收到" } });
            var seconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var posted = await api.PostAsync($"/api/launches/{id}/bot/events", new()
            {
                Data = body,
                Headers = new Dictionary<string, string>
                {
                    ["Content-Type"] = "application/json",
                    ["X-LiveRoom-Timestamp"] = seconds.ToString(CultureInfo.InvariantCulture),
                    ["X-LiveRoom-Signature"] = Sign(serverKey, seconds, body),
                },
            });
            Assert.Equal(200, posted.Status);

            // The board shows the counter cue for the seeded member.
            var row = board.Locator("[data-test=cue-row][data-kind=CounterNegative]");
            await row.WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains("托小美", await row.InnerTextAsync());
            await ScreenshotAsync(board, "cue-board.png");

            // The member's phone page (no login) shows it with the script, and acknowledges it.
            phone = await context.Browser!.NewPageAsync(new() { BaseURL = fixture.App.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 } });
            await phone.GotoAsync(memberUrl);
            await WaitInteractiveAsync(phone);
            var cue = phone.Locator("[data-test=member-cue]");
            await cue.WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains("正品", await phone.Locator("[data-test=member-script]").InnerTextAsync());
            Assert.Contains("杭州宝妈群", await cue.InnerTextAsync());
            await ScreenshotAsync(phone, "member-page.png");
            await phone.ClickAsync("[data-test=member-ack]");
            await phone.Locator("[data-test=member-cue][data-status=Acknowledged]").WaitForAsync(new() { Timeout = Ms(Patience) });

            // The board follows without a reload.
            await board.Locator("[data-test=cue-row][data-kind=CounterNegative][data-status=Acknowledged]").WaitForAsync(new() { Timeout = Ms(Patience) });
            await board.WaitForFunctionAsync("() => document.querySelector('[data-test=cue-count-Acknowledged]')?.dataset.count === '1'", null, new() { Timeout = Ms(Patience) });
            await ScreenshotAsync(board, "cue-board-acknowledged.png");

            // The group page lists the member's join, and the seeded member as in the group.
            var join = JsonSerializer.Serialize(new[] { new { id = "join-1", type = "member_joined", groupId = "g1", memberId = "托小美" } });
            var joinedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            Assert.Equal(200, (await api.PostAsync($"/api/launches/{id}/bot/events", new()
            {
                Data = join,
                Headers = new Dictionary<string, string>
                {
                    ["Content-Type"] = "application/json",
                    ["X-LiveRoom-Timestamp"] = joinedAt.ToString(CultureInfo.InvariantCulture),
                    ["X-LiveRoom-Signature"] = Sign(serverKey, joinedAt, join),
                },
            })).Status);
            await board.GotoAsync($"/launches/{id}/groups/g1");
            await WaitInteractiveAsync(board);
            await board.Locator("[data-test=group-own-people] li[data-member=托小美][data-present=true]").WaitForAsync(new() { Timeout = Ms(Patience) });
            Assert.Contains("入群", await board.Locator("[data-test=group-member-changes] li[data-member=托小美]").InnerTextAsync());
            await ScreenshotAsync(board, "group-members.png");
        }
        catch
        {
            await ScreenshotAsync(board, "cue-failure.png");
            if (phone is not null) await ScreenshotAsync(phone, "cue-failure-phone.png");
            throw;
        }
        finally
        {
            if (phone is not null) await phone.CloseAsync();
        }
    }

    /// <summary>The bot's signature (docs/http-api.md): HMAC-SHA256 over "{unix seconds}.{body}" with the server key.</summary>
    private static string Sign(string key, long seconds, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes($"{seconds}.{body}")));
}
