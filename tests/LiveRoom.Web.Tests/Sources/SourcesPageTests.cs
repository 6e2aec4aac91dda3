using System.Net;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LiveRoom.Web.Tests.Sources;

/// <summary>The 数据源 page: a login is needed; every role reads it.</summary>
[Collection(AppCollection.Name)]
public sealed class SourcesPageTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task Anonymous_is_sent_to_the_login()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/sources");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    /// <summary>
    /// Pages are not prerendered (App.razor), so the HTML holds no rows to inspect: what a viewer
    /// sees is covered by the handlers' policy re-check and the browser test.
    /// </summary>
    [Fact]
    public async Task Every_logged_in_role_may_open_it()
    {
        foreach (var user in new[] { LiveRoomAppFactory.ViewerUser, LiveRoomAppFactory.User, LiveRoomAppFactory.AdminUser })
        {
            var client = await app.LoggedInClientAsync(user);
            var response = await client.GetAsync("/sources");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /sources as {user}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }
}
