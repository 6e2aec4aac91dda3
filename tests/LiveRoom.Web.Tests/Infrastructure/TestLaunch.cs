using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.Json;

namespace LiveRoom.Web.Tests.Infrastructure;

/// <summary>A launch created through the HTTP API with a few groups and SKUs, and helpers to feed and read it.</summary>
public sealed class TestLaunch
{
    private TestLaunch(HttpClient api, string id, string serverKey, string beaconKey)
    {
        Api = api;
        Id = id;
        ServerKey = serverKey;
        BeaconKey = beaconKey;
    }

    public HttpClient Api { get; }
    public string Id { get; }
    public string ServerKey { get; }
    public string BeaconKey { get; }

    public static async Task<TestLaunch> CreateAsync(LiveRoomAppFactory app, int groups = 3, int stock = 100)
    {
        var api = await app.LoggedInClientAsync();
        var id = "t-" + Guid.NewGuid().ToString("N")[..12];
        var now = DateTimeOffset.UtcNow;
        var response = await api.PostAsJsonAsync("/api/launches", new
        {
            id,
            name = "测试发售",
            startsAt = now.AddMinutes(-5),
            endsAt = now.AddHours(2),
            timeZone = "Asia/Shanghai",
            skus = new[]
            {
                new { id = "gel", name = "冷敷凝胶", price = 59.9, anchorPrice = 99.0, initialStock = stock, lowStockThreshold = 10 },
                new { id = "cup", name = "保温杯", price = 89.0, anchorPrice = 159.0, initialStock = stock, lowStockThreshold = 10 },
            },
            targets = new { orders = 100, gmv = 5000 },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var keys = created.GetProperty("keys");
        var import = Enumerable.Range(1, groups).Select(i => new { id = $"g{i}", name = $"群{i}", tier = "Core", memberCount = 100 });
        var imported = await api.PostAsJsonAsync($"/api/launches/{id}/groups/import", import);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        return new TestLaunch(api, id, keys.GetProperty("serverKey").GetString()!, keys.GetProperty("beaconKey").GetString()!);
    }

    public Task<HttpResponseMessage> PostEventAsync(object e, string? key = null) => SendAsync(Api, $"/api/launches/{Id}/events", e, key ?? ServerKey);

    public Task<HttpResponseMessage> PostBatchAsync(object events, string? key = null) => SendAsync(Api, $"/api/launches/{Id}/events/batch", events, key ?? ServerKey);

    public async Task<JsonElement> SnapshotAsync()
    {
        var response = await Api.GetAsync($"/api/launches/{Id}/snapshot");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Waits until the launch's totals satisfy <paramref name="done"/>.</summary>
    public async Task<JsonElement> TotalsWhenAsync(Func<JsonElement, bool> done, string what) =>
        (await Wait.Until(SnapshotAsync, s => done(s.GetProperty("totals")), what: what)).GetProperty("totals");

    /// <summary>Posts JSON (an object, or a raw string) with an ingestion key header unless <paramref name="key"/> is null.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = body is string raw ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body),
        };
        if (key is not null) request.Headers.Add("X-LiveRoom-Key", key);
        return await client.SendAsync(request);
    }

    public static object Order(string id, string group, string orderId, string status = "paid", int quantity = 1, decimal amount = 59.9m, string sku = "gel", DateTimeOffset? at = null) =>
        new { id, type = "order", groupId = group, orderId, skuId = sku, quantity, amount, status, at = at ?? DateTimeOffset.UtcNow };

    public static object PageView(string id, string group, string visitor) =>
        new { id, type = "page_view", groupId = group, visitorId = visitor };

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
