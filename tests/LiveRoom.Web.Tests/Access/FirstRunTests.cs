using System.Net.Http.Json;
using System.Net;
using System.Text.RegularExpressions;
using LiveRoom.Web.Access;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LiveRoom.Web.Tests.Access;

/// <summary>A node with no users at all, in setup mode (what the durable mode does on first start).</summary>
public sealed class FirstRunAppFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("LiveRoom:Orleans:SiloPort", FreePort.Next().ToString());
        builder.UseSetting("LiveRoom:Orleans:GatewayPort", FreePort.Next().ToString());
        builder.UseSetting("LiveRoom:Demo:Enabled", "false");
        builder.UseSetting("LiveRoom:Auth:FirstRun", "Setup");
    }
}

public sealed partial class FirstRunTests(FirstRunAppFactory app) : IClassFixture<FirstRunAppFactory>
{
    [Fact]
    public async Task Setup_needs_the_token_creates_the_first_admin_and_happens_only_once()
    {
        var directory = app.Services.GetRequiredService<UserDirectory>();
        Assert.Null(directory.GeneratedLogin);
        var token = directory.SetupToken;
        Assert.False(string.IsNullOrEmpty(token));
        Assert.True(await directory.NeedsSetupAsync());

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.EndsWith("failed=refused", await PostSetupAsync(client, "wrong-token", "first", "first-admin-pw"));
        Assert.True(await directory.NeedsSetupAsync());

        Assert.Equal("/admin/users", await PostSetupAsync(client, token!, "first", "first-admin-pw"));
        // The setup post signed the new admin in.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/users")).StatusCode);
        Assert.False(await directory.NeedsSetupAsync());

        var again = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.EndsWith("failed=refused", await PostSetupAsync(again, token!, "second", "second-admin-pw"));
        var login = await again.PostAsJsonAsync("/api/auth/login", new { username = "second", password = "second-admin-pw" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    /// <summary>Fills the form as a browser would (antiforgery token from the page) and returns where it redirects.</summary>
    private static async Task<string> PostSetupAsync(HttpClient client, string token, string user, string password)
    {
        var page = await client.GetStringAsync($"/setup?token={token}");
        var antiforgery = AntiforgeryInput().Match(page).Groups[1].Value;
        var response = await client.PostAsync("/account/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["Token"] = token,
            ["Username"] = user,
            ["Password"] = password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
