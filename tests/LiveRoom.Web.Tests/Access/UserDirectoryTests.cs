using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Grains.Access;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LiveRoom.Web.Tests.Access;

[Collection(AppCollection.Name)]
public sealed class UserDirectoryTests(LiveRoomAppFactory app)
{
    private static string NewName() => "u" + Guid.NewGuid().ToString("N")[..10];

    private async Task<HttpResponseMessage> LoginAsync(string user, string password) =>
        await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = user, password });

    private async Task<HttpClient> AdminAsync() => await app.LoggedInClientAsync(LiveRoomAppFactory.AdminUser);

    [Fact]
    public async Task Passwords_are_stored_as_salted_hashes_never_as_text()
    {
        await app.LoggedInClientAsync();
        var users = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IUserDirectoryGrain>(0);
        var tester = await users.Find(LiveRoomAppFactory.User);
        var viewer = await users.Find(LiveRoomAppFactory.ViewerUser);

        Assert.NotNull(tester);
        Assert.DoesNotContain(LiveRoomAppFactory.Password, tester.PasswordHash);
        // Same password, different hashes: each has its own salt.
        Assert.NotEqual(tester.PasswordHash, viewer!.PasswordHash);
        Assert.True(Convert.FromBase64String(tester.PasswordHash).Length > 32);
    }

    [Fact]
    public async Task Wrong_passwords_and_unknown_users_fail_and_are_recorded_for_admins()
    {
        var name = NewName();
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(LiveRoomAppFactory.User, "wrong-password")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(name, "whatever-password")).StatusCode);

        var log = await (await AdminAsync()).GetFromJsonAsync<JsonElement>("/api/users/security-log");
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("action").GetString() == "login.failed" && e.GetProperty("actor").GetString() == name);
    }

    [Fact]
    public async Task An_admin_creates_a_user_who_then_logs_in_with_that_role()
    {
        var admin = await AdminAsync();
        var name = NewName();
        var created = await admin.PostAsJsonAsync("/api/users", new { name, role = "Viewer", password = "viewer-pass-1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/users", new { name, role = "Viewer", password = "viewer-pass-1" })).StatusCode);

        var user = await app.LoggedInClientAsync(name, "viewer-pass-1");
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/launches")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync("/api/launches", new { name = "x" })).StatusCode);
    }

    [Fact]
    public async Task Bad_user_fields_are_named_in_the_problem()
    {
        var response = await (await AdminAsync()).PostAsJsonAsync("/api/users", new { name = "bad name!", role = "King", password = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await TestLaunch.ProblemAsync(response))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("name") && errors.ContainsKey("role") && errors.ContainsKey("password"), errors.ToJsonString());
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_sessions_and_refuses_new_logins()
    {
        var admin = await AdminAsync();
        var name = NewName();
        await admin.PostAsJsonAsync("/api/users", new { name, role = "Operator", password = "operator-pass-1" });
        var session = await app.LoggedInClientAsync(name, "operator-pass-1");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/launches")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/users/{name}", new { disabled = true })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/launches")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(name, "operator-pass-1")).StatusCode);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_and_a_role_change_applies_at_the_next_login()
    {
        var admin = await AdminAsync();
        var name = NewName();
        await admin.PostAsJsonAsync("/api/users", new { name, role = "Viewer", password = "first-pass-1" });
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/users/{name}", new { newPassword = "second-pass-2", role = "Operator" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(name, "first-pass-1")).StatusCode);
        var user = await app.LoggedInClientAsync(name, "second-pass-2");
        // Keys need Operate: a viewer would get 403; the operator gets past it to "no such launch".
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync("/api/launches/no-such-launch/keys")).StatusCode);

        var log = await admin.GetFromJsonAsync<JsonElement>("/api/users/security-log");
        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("action").GetString() == "user.changed"
            && e.GetProperty("summary").GetString()!.StartsWith(name, StringComparison.Ordinal) && e.GetProperty("actor").GetString() == LiveRoomAppFactory.AdminUser);
    }

    [Fact]
    public async Task An_admin_cannot_disable_or_demote_themself()
    {
        var response = await (await AdminAsync()).PutAsJsonAsync($"/api/users/{LiveRoomAppFactory.AdminUser}", new { disabled = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await TestLaunch.ProblemAsync(response))["errors"]!.AsObject().ContainsKey("disabled"));
    }

    [Fact]
    public async Task Repeated_failures_lock_the_user_name_even_against_the_right_password()
    {
        var admin = await AdminAsync();
        var name = NewName();
        await admin.PostAsJsonAsync("/api/users", new { name, role = "Viewer", password = "right-pass-1" });
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(name, "wrong-pass-" + i)).StatusCode);

        var locked = await LoginAsync(name, "right-pass-1");
        Assert.Equal((HttpStatusCode)429, locked.StatusCode);
        Assert.NotNull(locked.Headers.RetryAfter);
        // Only that name: others still log in.
        await app.LoggedInClientAsync(LiveRoomAppFactory.ViewerUser);
    }
}
