using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Sources;

[Collection(AppCollection.Name)]
public sealed class SourceApiTests(LiveRoomAppFactory app)
{
    private const string Secret = "super-secret-value-wxyz";

    [Fact]
    public async Task The_secret_is_never_returned_only_a_hint()
    {
        var api = await app.LoggedInClientAsync();
        var created = await api.PostAsJsonAsync("/api/sources", new { kind = "youzan", name = "店", clientId = "cid", clientSecret = Secret });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var text = await created.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, text);
        var body = JsonDocument.Parse(text).RootElement;
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal("••••wxyz", body.GetProperty("secretHint").GetString());
        Assert.EndsWith($"/sources/{id}/youzan", body.GetProperty("callbackUrl").GetString());

        Assert.DoesNotContain(Secret, await api.GetStringAsync($"/api/sources/{id}"));
        Assert.DoesNotContain(Secret, await api.GetStringAsync("/api/sources"));
        var rotated = await api.PutAsJsonAsync($"/api/sources/{id}", new { name = "新店", clientSecret = "rotated-secret-9876" });
        var rotatedText = await rotated.Content.ReadAsStringAsync();
        Assert.DoesNotContain("rotated-secret-9876", rotatedText);
        Assert.Contains("••••9876", rotatedText);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/sources/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/sources/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("taobao", "unknown kind")]
    public async Task Other_kinds_are_refused_naming_the_field(string kind, string message)
    {
        var api = await app.LoggedInClientAsync();
        var response = await api.PostAsJsonAsync("/api/sources", new { kind, name = "x", clientId = "c", clientSecret = "s" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TestLaunch.ProblemAsync(response);
        Assert.Contains(message, problem["errors"]!["kind"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_settings_and_bad_mappings_name_their_fields()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var missing = await TestLaunch.ProblemAsync(await launch.Api.PostAsJsonAsync("/api/sources", new { kind = "youzan" }));
        Assert.NotNull(missing["errors"]!["name"]);
        Assert.NotNull(missing["errors"]!["clientSecret"]);

        var created = await launch.Api.PostAsJsonAsync("/api/sources", new { kind = "youzan", name = "店", clientId = "cid", clientSecret = Secret });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var bad = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/sources/{id}", new { skus = new Dictionary<string, string> { ["YZ-1"] = "nope" }, groupField = "a..b" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await TestLaunch.ProblemAsync(bad);
        Assert.NotNull(problem["errors"]!["skus.YZ-1"]);
        Assert.NotNull(problem["errors"]!["groupField"]);
    }

    [Fact]
    public async Task A_viewer_reads_sources_but_cannot_create_change_or_map_them()
    {
        var launch = await TestLaunch.CreateAsync(app);
        var created = await launch.Api.PostAsJsonAsync("/api/sources", new { kind = "youzan", name = "店", clientId = "cid", clientSecret = Secret });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var viewer = await app.LoggedInClientAsync(LiveRoomAppFactory.ViewerUser);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/sources")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/sources/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/sources", new { kind = "youzan", name = "x", clientId = "c", clientSecret = "s" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/sources/{id}", new { name = "y" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync($"/api/sources/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/launches/{launch.Id}/sources/{id}", new { skus = new Dictionary<string, string> { ["a"] = "gel" } })).StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        var api = await app.LoggedInClientAsync();
        var huge = "{\"name\":\"" + new string('x', LiveRoom.Web.Shared.ApiJson.DefaultLimit + 10) + "\"}";
        var response = await api.PostAsync("/api/sources", new StringContent(huge, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
