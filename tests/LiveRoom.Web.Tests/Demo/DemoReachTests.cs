using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Demo;
using LiveRoom.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LiveRoom.Web.Tests.Demo;

/// <summary>The demo shows the reach features a new user would try: a forecast with late groups, posted cells on the matrix.</summary>
public sealed class DemoReachTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private const string Launch = "demo";

    [Fact]
    public async Task The_busy_owner_is_late_in_the_forecast_and_the_other_owners_post_on_the_matrix()
    {
        var api = await LoggedInAsync();
        var busy = Enumerable.Range(DemoStaff.FirstStaffGroup, DemoStaff.BusyGroups).Select(i => $"g{i:0000}").ToHashSet();

        // Before T0: 王店长 alone cannot post 50 groups in time.
        var forecast = await PollAsync(api, "forecast", f => f.GetProperty("notices").GetArrayLength() > 0);
        var risks = forecast.GetProperty("atRisk").EnumerateArray().ToList();
        Assert.Contains(risks, r => busy.Contains(r.GetProperty("groupId").GetString()!)
            && r.GetProperty("channel").GetString() == "StaffPost"
            && r.GetProperty("verdict").GetString() is "Late" or "Impossible");

        // After the first notice is due: the customer-group owners' taps show as posted cells.
        var matrix = await PollAsync(api, "matrix", m => m.GetProperty("rows").EnumerateArray()
            .Any(r => r.GetProperty("cells").EnumerateArray().Any(c => c.ValueKind == JsonValueKind.String && c.GetString() == "Posted")));
        Assert.DoesNotContain(matrix.GetProperty("rows").EnumerateArray(), r => busy.Contains(r.GetProperty("groupId").GetString()!)
            && r.GetProperty("cells").EnumerateArray().Any(c => c.ValueKind == JsonValueKind.String && c.GetString() == "Posted"));
    }

    private async Task<HttpClient> LoggedInAsync()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = LiveRoomAppFactory.User, password = LiveRoomAppFactory.Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    /// <summary>The demo sets itself up after start and its first notice is due seconds later: the one wait, generous for a busy machine.</summary>
    private static Task<JsonElement> PollAsync(HttpClient api, string what, Func<JsonElement, bool> done) =>
        Wait.Until(() => api.GetFromJsonAsync<JsonElement>($"/api/launches/{Launch}/announcements/{what}"), done,
            $"the demo's {what}", TimeSpan.FromSeconds(90), retryErrors: true);
}
