using System.Net;
using LiveRoom.Cluster.Tests.Infrastructure;

namespace LiveRoom.Cluster.Tests.Ops;

/// <summary>The Orleans dashboard at /orleans, its pages and its data API, is for admins only.</summary>
[Collection(OpsNodeCollection.Name)]
public sealed class OrleansDashboardTests(OpsNodeFixture fixture)
{
    [Theory]
    [InlineData("/orleans/")]
    [InlineData("/orleans/DashboardCounters")]
    public async Task Anonymous_and_operator_are_turned_away(string path)
    {
        using var anonymous = await fixture.ClientAsync();
        var response = await anonymous.GetAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"anonymous got {response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect) Assert.Contains("/login", response.Headers.Location!.OriginalString);

        using var operatorClient = await fixture.ClientAsync(LiveRoomNode.User, LiveRoomNode.Password);
        var denied = await operatorClient.GetAsync(path);
        Assert.True(denied.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"an operator got {denied.StatusCode}");
    }

    [Fact]
    public async Task Admin_sees_the_dashboard_and_its_data()
    {
        using var admin = await fixture.ClientAsync(OpsNodeFixture.Admin, OpsNodeFixture.AdminPassword);
        var page = await admin.GetAsync("/orleans/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Orleans Dashboard", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/orleans/DashboardCounters")).StatusCode);
    }
}
