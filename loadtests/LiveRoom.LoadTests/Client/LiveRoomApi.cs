using System.Net.Http.Json;
using System.Net;
using System.Text.Json;

namespace LiveRoom.LoadTests.Client;

/// <summary>The setup side of the HTTP API the tool needs: login, create a launch, import groups, read the snapshot.</summary>
public sealed class LiveRoomApi
{
    private readonly HttpClient _http;

    public LiveRoomApi(Uri baseAddress)
    {
        BaseAddress = baseAddress;
        _http = HttpClients.Create(baseAddress, 4, Cookies);
    }

    public Uri BaseAddress { get; }

    /// <summary>Holds the login cookie, shared with the SignalR viewers.</summary>
    public CookieContainer Cookies { get; } = new();

    public async Task LoginAsync(string user, string password, CancellationToken ct = default)
    {
        using var response = await _http.PostAsJsonAsync("api/auth/login", new { username = user, password }, ct);
        await EnsureAsync(response, "login");
    }

    /// <summary>Creates the launch and registers its groups; returns the server ingestion key.</summary>
    public Task<string> CreateLaunchAsync(LaunchPlan plan, CancellationToken ct = default) => CreateLaunchAsync(plan.Id, plan.Definition(DateTimeOffset.UtcNow), plan.GroupImport(), ct);

    /// <summary>Creates a launch from its JSON definition and imports its groups; returns the server ingestion key.</summary>
    public async Task<string> CreateLaunchAsync(string launchId, object definition, object[] groups, CancellationToken ct = default)
    {
        using var created = await _http.PostAsJsonAsync("api/launches", definition, ct);
        if (created.StatusCode == HttpStatusCode.Conflict) throw new LaunchExistsException(launchId);
        await EnsureAsync(created, "create launch");
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(ct);
        var key = body.GetProperty("keys").GetProperty("serverKey").GetString()!;

        using var imported = await _http.PostAsJsonAsync($"api/launches/{launchId}/groups/import", groups, ct);
        await EnsureAsync(imported, "import groups");
        return key;
    }

    /// <summary>Any JSON POST of the API (announcement setup and broadcasts); fails on a non-2xx answer.</summary>
    public async Task<JsonElement> PostJsonAsync(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(path, body);
        await EnsureAsync(response, path);
        return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A JSON PUT of the API (a source's launch mapping); fails on a non-2xx answer.</summary>
    public async Task PutJsonAsync(string path, object body)
    {
        using var response = await _http.PutAsJsonAsync(path, body);
        await EnsureAsync(response, path);
    }

    public async Task<JsonElement> SnapshotAsync(string launchId, CancellationToken ct = default)
    {
        using var response = await _http.GetAsync($"api/launches/{launchId}/snapshot", ct);
        await EnsureAsync(response, "snapshot");
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    /// <summary>A group's own view (read from its grain, not from the board): registration and stats.</summary>
    public Task<JsonElement> GroupDetailAsync(string launchId, string groupId) => GetJsonAsync($"api/launches/{launchId}/groups/{groupId}");

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        await EnsureAsync(response, path);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (response.IsSuccessStatusCode) return;
        var text = await response.Content.ReadAsStringAsync();
        throw new InvalidOperationException($"{what} failed: {(int)response.StatusCode} {text}");
    }
}
