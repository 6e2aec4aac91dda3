using System.Net.Http.Json;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LiveRoom.Web.Tests.Infrastructure;

/// <summary>
/// The whole app (silo included) on a test server, with a known login, the demo off, short
/// pipeline clocks and Orleans ports of its own so hosts of parallel test runs don't collide.
/// </summary>
public sealed class LiveRoomAppFactory : WebApplicationFactory<Program>
{
    public const string User = "tester";
    public const string Password = "test-password-1";
    public const string ViewerUser = "viewer";
    public const string HandlerUser = "handler";
    public const string AdminUser = "admin";
    public const int SignatureStormThreshold = 5;

    /// <summary>A copy of the shipped playbooks: the editor tests write into it, never into the repo.</summary>
    public static readonly string PlaybookFolder = CopyShippedPlaybooks();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("LiveRoom:Orleans:SiloPort", FreePort.Next().ToString());
        builder.UseSetting("LiveRoom:Orleans:GatewayPort", FreePort.Next().ToString());
        builder.UseSetting("LiveRoom:Demo:Enabled", "false");
        builder.UseSetting("LiveRoom:Auth:Users:0:Name", User);
        builder.UseSetting("LiveRoom:Auth:Users:0:Password", Password);
        builder.UseSetting("LiveRoom:Auth:Users:1:Name", ViewerUser);
        builder.UseSetting("LiveRoom:Auth:Users:1:Password", Password);
        builder.UseSetting("LiveRoom:Auth:Users:1:Role", "Viewer");
        builder.UseSetting("LiveRoom:Auth:Users:2:Name", HandlerUser);
        builder.UseSetting("LiveRoom:Auth:Users:2:Password", Password);
        builder.UseSetting("LiveRoom:Auth:Users:2:Role", "CrisisHandler");
        builder.UseSetting("LiveRoom:Auth:Users:3:Name", AdminUser);
        builder.UseSetting("LiveRoom:Auth:Users:3:Password", Password);
        builder.UseSetting("LiveRoom:Auth:Users:3:Role", "Admin");
        builder.UseSetting("LiveRoom:Playbooks:Folder", PlaybookFolder);
        builder.UseSetting("LiveRoom:Pipeline:IngestFlushInterval", "00:00:00.050");
        builder.UseSetting("LiveRoom:Pipeline:ReportFlushInterval", "00:00:00.050");
        builder.UseSetting("LiveRoom:Pipeline:TickInterval", "00:00:00.100");
        // Silent groups go on the timeline at once, and off it at their first activity (no hysteresis), so tests need not wait minutes.
        builder.UseSetting("LiveRoom:Pipeline:Silence:AnnounceMargin", "00:00:00");
        builder.UseSetting("LiveRoom:Pipeline:Silence:SpeakingFor", "00:00:00");
        // A signature storm after a handful of forged pushes, so the storm test sends few; the window stays long
        // enough that a busy machine cannot spread them out of it.
        builder.UseSetting("LiveRoom:Sources:SignatureStorm:Threshold", SignatureStormThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("LiveRoom:Sources:SignatureStorm:Window", "00:10:00");
    }

    /// <summary>A client that is logged in (auth cookie kept by the client's cookie container).</summary>
    public async Task<HttpClient> LoggedInClientAsync(string user = User, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = user, password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    /// <summary>The auth cookie as a header value, for clients that don't share a cookie container (SignalR).</summary>
    public async Task<string> AuthCookieAsync(string user = User)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = user, password = Password });
        response.EnsureSuccessStatusCode();
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private static string CopyShippedPlaybooks()
    {
        var target = Directory.CreateTempSubdirectory("liveroom-playbooks-").FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.WebProject(), "Playbooks", "Library")))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<LiveRoomAppFactory>
{
    public const string Name = "app";
}
