using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static LiveRoom.Browser.Tests.Pages;

namespace LiveRoom.Browser.Tests;

/// <summary>
/// A fresh node with no users (setup mode): the holder of the printed link creates the first
/// admin, who creates a viewer; the viewer sees the board, timeline and review but no control
/// that changes anything, and direct API calls with the viewer's cookie are refused.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class AccessTests(BrowserFixture fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Launch = "demo";

    [Fact]
    public async Task First_run_admin_creates_a_viewer_who_reads_but_cannot_change_anything()
    {
        await using var app = await BrowserApp.StartAsync(new Dictionary<string, string?>
        {
            ["LiveRoom__Auth__Users__0__Name"] = null,
            ["LiveRoom__Auth__Users__0__Password"] = null,
            ["LiveRoom__Auth__Users__1__Name"] = null,
            ["LiveRoom__Auth__Users__1__Password"] = null,
            ["LiveRoom__Auth__Users__1__Role"] = null,
            ["LiveRoom__Auth__Users__2__Name"] = null,
            ["LiveRoom__Auth__Users__2__Password"] = null,
            ["LiveRoom__Auth__Users__2__Role"] = null,
            ["LiveRoom__Auth__FirstRun"] = "Setup",
        });
        var token = await SetupTokenAsync(app);

        // First run: the printed link → the first admin, signed in on the users page.
        await using var adminContext = await fixture.NewContextAsync(app.BaseUrl);
        var admin = await adminContext.NewPageAsync();
        await admin.GotoAsync($"/setup?token={token}");
        await admin.FillAsync("[data-test=setup-user]", "boss");
        await admin.FillAsync("[data-test=setup-password]", "boss-password-1");
        await admin.ClickAsync("[data-test=setup-submit]");
        await admin.WaitForURLAsync("**/admin/users", new() { Timeout = Ms(Patience) });
        await WaitInteractiveAsync(admin);

        // The admin creates a viewer.
        await admin.FillAsync("[data-field=name]", "watcher");
        await admin.FillAsync("[data-field=password]", "watcher-pw-1");
        await admin.SelectOptionAsync("[data-field=role]", "Viewer");
        await admin.ClickAsync("[data-test=create-user-submit]");
        await admin.Locator("tr[data-user=watcher]").WaitForAsync(new() { Timeout = Ms(Patience) });
        Assert.Equal("Viewer", await admin.Locator("tr[data-user=watcher] [data-test=role]").InputValueAsync());
        Assert.Contains("user.created", await admin.Locator("[data-test=security-log]").InnerTextAsync());
        await ScreenshotAsync(admin, "admin-users.png");

        // The viewer logs in and reads.
        await using var viewerContext = await fixture.NewContextAsync(app.BaseUrl);
        var viewer = await viewerContext.NewPageAsync();
        await viewer.GotoAsync("/");
        await viewer.WaitForURLAsync("**/login**");
        await viewer.FillAsync("input[name=Username]", "watcher");
        await viewer.FillAsync("input[name=Password]", "watcher-pw-1");
        await viewer.ClickAsync("[data-test=login-submit]");
        await viewer.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { Timeout = Ms(Patience) });
        await WaitInteractiveAsync(viewer);
        await viewer.Locator("[data-test=launch-list]").WaitForAsync(new() { Timeout = Ms(Patience) });
        Assert.Equal(0, await viewer.Locator("[data-test=create-launch]").CountAsync());
        Assert.Equal(0, await viewer.Locator("[data-test=nav-users]").CountAsync());

        await viewer.GotoAsync($"/launches/{Launch}");
        await viewer.Locator("[data-test=board]").WaitForAsync(new() { Timeout = Ms(Patience) });
        Assert.Equal(0, await viewer.Locator("[data-test=nav-edit]").CountAsync());
        Assert.Equal(0, await viewer.Locator("main button, main form").CountAsync());

        // The setup page and the users page are refused.
        await viewer.GotoAsync($"/launches/{Launch}/edit");
        await viewer.WaitForURLAsync("**/denied**", new() { Timeout = Ms(Patience) });
        await viewer.GotoAsync("/admin/users");
        await viewer.WaitForURLAsync("**/denied**", new() { Timeout = Ms(Patience) });

        // Direct calls with the viewer's cookie: 403, and nothing changes.
        var rotate = await viewerContext.APIRequest.PostAsync($"/api/launches/{Launch}/keys/rotate");
        Assert.Equal(403, rotate.Status);
        var phase = await viewerContext.APIRequest.PutAsync($"/api/launches/{Launch}/phase", new() { DataObject = new { phase = "Ended" } });
        Assert.Equal(403, phase.Status);
        var user = await viewerContext.APIRequest.PostAsync("/api/users", new() { DataObject = new { name = "x", role = "Admin", password = "12345678" } });
        Assert.Equal(403, user.Status);

        // The live timeline shows the admin's action within about a second.
        await viewer.GotoAsync($"/launches/{Launch}/timeline");
        await viewer.Locator("[data-test=timeline]").WaitForAsync(new() { Timeout = Ms(Patience) });
        await WaitInteractiveAsync(viewer);
        var watch = Stopwatch.StartNew();
        Assert.Equal(200, (await adminContext.APIRequest.PostAsync($"/api/launches/{Launch}/keys/rotate")).Status);
        await viewer.Locator("tr[data-action='keys.rotated']").WaitForAsync(new() { Timeout = Ms(TimeSpan.FromSeconds(5)) });
        output.WriteLine($"timeline entry visible {watch.ElapsedMilliseconds} ms after the API call started");
        Assert.True(watch.Elapsed < Wait.Scaled(TimeSpan.FromSeconds(3)), $"the rotation showed after {watch.Elapsed}");
        Assert.Contains("boss", await viewer.Locator("tr[data-action='keys.rotated']").InnerTextAsync());
        await ScreenshotAsync(viewer, "timeline.png");

        // The review renders its sections.
        await viewer.GotoAsync($"/launches/{Launch}/review");
        await viewer.Locator("[data-test=review-kpis]").WaitForAsync(new() { Timeout = Ms(Patience) });
        foreach (var section in new[] { "best", "worst", "ab-mode", "ab-variant", "review-incidents", "review-cues" })
            Assert.Equal(1, await viewer.Locator($"[data-test={section}]").CountAsync());
        await viewer.Locator("[data-chart=review-sales] .apexcharts-canvas").WaitForAsync(new() { Timeout = Ms(Patience) });
        await ScreenshotAsync(viewer, "review.png");
    }

    private static async Task<string> SetupTokenAsync(LiveRoomProcess app)
    {
        try
        {
            var match = await Wait.Until(() => SetupLink().Match(app.Output), m => m.Success, "the setup link in the app's output", Patience);
            return match.Groups[1].Value;
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}{Environment.NewLine}{app.Output}", ex);
        }
    }

    [GeneratedRegex(@"/setup\?token=([0-9a-f]{32})")]
    private static partial Regex SetupLink();
}
