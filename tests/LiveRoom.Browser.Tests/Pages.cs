using Microsoft.Playwright;

namespace LiveRoom.Browser.Tests;

/// <summary>Steps shared by the browser tests. Every wait is on a condition with a timeout.</summary>
public static class Pages
{
    /// <summary>How long one browser step may take on an idle machine; <see cref="Ms"/> scales it for this one.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>A Playwright timeout: <paramref name="t"/> scaled by LiveRoom.Testing's configured <see cref="Wait.Scale"/>.</summary>
    public static float Ms(TimeSpan t) => (float)Wait.Scaled(t).TotalMilliseconds;

    /// <summary>Opens <paramref name="path"/>, which redirects to the login form, and logs in.</summary>
    public static async Task LoginAndOpenAsync(IPage page, string path, string user = BrowserApp.User)
    {
        await page.GotoAsync(path);
        await page.WaitForURLAsync("**/login**");
        await page.FillAsync("input[name=Username]", user);
        await page.FillAsync("input[name=Password]", BrowserApp.Password);
        await page.ClickAsync("[data-test=login-submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new() { Timeout = Ms(Patience) });
        await WaitInteractiveAsync(page);
    }

    /// <summary>Clicks are lost until the Blazor circuit is up: wait for the layout's marker.</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = Ms(Patience) });

    public static Task<string> TextAsync(IPage page, string selector) => page.Locator(selector).InnerTextAsync();

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, name), FullPage = true });
}
