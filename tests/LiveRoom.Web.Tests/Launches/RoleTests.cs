using System.Net.Http.Json;
using System.Net;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Launches;

[Collection(AppCollection.Name)]
public sealed class RoleTests(LiveRoomAppFactory app)
{
    [Fact]
    public async Task A_viewer_watches_but_cannot_change_anything_or_read_keys()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var viewer = await app.LoggedInClientAsync(LiveRoomAppFactory.ViewerUser);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/launches")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/launches/{launch.Id}/snapshot")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/launches/{launch.Id}/groups")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/launches/{launch.Id}/keys")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/launches/{launch.Id}/keys/rotate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/launches/{launch.Id}/phase", new { phase = "Ended" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/launches/{launch.Id}/groups/g9", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/launches", new { name = "x" })).StatusCode);

        var snapshot = await launch.SnapshotAsync();
        Assert.Equal("Live", snapshot.GetProperty("phase").GetString());
    }
}
