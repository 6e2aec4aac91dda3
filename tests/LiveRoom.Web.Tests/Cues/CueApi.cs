using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Web.Tests.Infrastructure;

namespace LiveRoom.Web.Tests.Cues;

/// <summary>Helpers for the cue tests: staffed groups, chat through the signed bot, member links.</summary>
public static class CueApi
{
    public static async Task StaffGroupAsync(TestLaunch launch, string groupId, string owner, params string[] seeded)
    {
        var response = await launch.Api.PutAsJsonAsync($"/api/launches/{launch.Id}/groups/{groupId}",
            new { id = groupId, name = $"群{groupId}", tier = "Core", memberCount = 100, owner, seededMembers = seeded });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task ChatAsync(TestLaunch launch, string id, string groupId, string member, string text)
    {
        var body = JsonSerializer.Serialize(new[] { new { id, type = "chat_message", groupId, memberId = member, text } });
        var response = await BotWebhook.PostSignedAsync(launch, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<string> LinkAsync(TestLaunch launch, string person)
    {
        var response = await launch.Api.PostAsync($"/api/launches/{launch.Id}/cues/links/{Uri.EscapeDataString(person)}/rotate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    /// <summary>The member's cues once <paramref name="done"/> holds (cues are issued within a tick of their trigger).</summary>
    public static Task<JsonElement> MemberCuesAsync(HttpClient client, string token, Func<JsonElement, bool> done, string what) =>
        Wait.Until(async () =>
        {
            var response = await client.GetAsync($"/api/member/{token}/cues");
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cues");
        }, done, what: what);
}
