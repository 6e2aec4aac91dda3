using Microsoft.Playwright;

namespace LiveRoom.Browser.Tests;

/// <summary>One app process and one chromium for all browser tests (each test gets its own context).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public LiveRoomProcess App { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    public static string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        App = await BrowserApp.StartAsync();
        _playwright = await Playwright.CreateAsync();
        // Debian's chromium, never a downloaded one (no `playwright install` on these machines).
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    public async Task<IBrowserContext> NewContextAsync(string? baseUrl = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl ?? App.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1680, Height = 1050 },
            Locale = "en-US", // the dashboard must still default to Chinese
        });
        // Playwright's own 30 s default, scaled like every other test timeout.
        context.SetDefaultTimeout(Pages.Ms(TimeSpan.FromSeconds(30)));
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
