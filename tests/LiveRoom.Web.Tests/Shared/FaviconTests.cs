using System.Net;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LiveRoom.Web.Tests.Shared;

/// <summary>Browsers ask every page for /favicon.ico, logged in or not (the login page too).</summary>
[Collection(AppCollection.Name)]
public sealed class FaviconTests(LiveRoomAppFactory app)
{
    [Theory]
    [InlineData("/favicon.ico")]
    [InlineData("/favicon.svg")]
    public async Task The_icon_answers_anonymous_requests(string path)
    {
        // No redirects followed: a 302 to the login page must fail the test, not pass as its 200.
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }
}
