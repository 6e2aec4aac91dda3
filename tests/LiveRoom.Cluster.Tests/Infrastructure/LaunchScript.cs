using System.Net.Http.Json;
using System.Net;
using System.Text.Json;

namespace LiveRoom.Cluster.Tests.Infrastructure;

/// <summary>Sets up a launch through a node's API and keeps the truth of what was acknowledged.</summary>
public sealed class LaunchScript(string launchId, int groups)
{
    public string LaunchId => launchId;
    public string ServerKey { get; private set; } = "";
    public int AckedOrders { get; private set; }
    public decimal AckedGmv { get; private set; }
    public int AckedUnits { get; private set; }
    public int AckedRestock { get; private set; }
    public int AckedJoins { get; private set; }

    public async Task CreateAsync(LiveRoomNode node)
    {
        var now = DateTimeOffset.UtcNow;
        var created = await node.Http.PostAsJsonAsync("/api/launches", new
        {
            id = launchId,
            name = "集群测试发售",
            startsAt = now.AddMinutes(-1),
            endsAt = now.AddHours(1),
            timeZone = "Asia/Shanghai",
            skus = new[] { new { id = "gel", name = "冷敷凝胶", price = 50.0, anchorPrice = 99.0, initialStock = 100_000, lowStockThreshold = 10 } },
            targets = new { orders = 1000, gmv = 50000 },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        ServerKey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("keys").GetProperty("serverKey").GetString()!;
        var import = Enumerable.Range(0, groups).Select(i => new { id = Group(i), name = $"群{i}", tier = "Core", memberCount = 100 });
        Assert.Equal(HttpStatusCode.OK, (await node.Http.PostAsJsonAsync($"/api/launches/{launchId}/groups/import", import)).StatusCode);
    }

    public static string Group(int i) => $"g{i}";

    /// <summary>One batch: an order (2 units, 100 yuan) and a join per group, tagged by <paramref name="batch"/>.</summary>
    public static object[] Batch(int batch, int groups) =>
        Enumerable.Range(0, groups).SelectMany(i => new object[]
        {
            new { id = $"o-{batch}-{i}", type = "order", groupId = Group(i), orderId = $"order-{batch}-{i}", skuId = "gel", quantity = 2, amount = 100m, status = "paid" },
            new { id = $"j-{batch}-{i}", type = "member_joined", groupId = Group(i), memberId = $"m-{batch}-{i}" },
        }).ToArray();

    /// <summary>
    /// Sends until acknowledged, like a shop's webhook retries, first to <paramref name="preferred"/>
    /// then to any other live node. Counts the batch once acknowledged.
    /// </summary>
    public async Task SendUntilAckedAsync(object[] events, IReadOnlyList<LiveRoomNode> nodes, int preferred, int groups)
    {
        var attempt = 0;
        await Wait.Until(async () =>
        {
            var node = nodes[(preferred + attempt++) % nodes.Count];
            if (node.HasExited) return false;
            try
            {
                using var response = await SendAsync(node, events);
                if (response.StatusCode != HttpStatusCode.OK) return false;
                var report = await response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(0, report.GetProperty("rejected").GetArrayLength());
                return true;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // The node died under us: retry elsewhere.
                return false;
            }
        }, "a batch to be acknowledged by a live node", TimeSpan.FromSeconds(90));
        AckedOrders += groups;
        AckedGmv += groups * 100m;
        AckedUnits += groups * 2;
        AckedJoins += groups;
    }

    /// <summary>One attempt to post a batch with the launch's server key.</summary>
    public async Task<HttpResponseMessage> SendAsync(LiveRoomNode node, object[] events)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/launches/{launchId}/events/batch") { Content = JsonContent.Create(events) };
        request.Headers.Add("X-LiveRoom-Key", ServerKey);
        return await node.Http.SendAsync(request);
    }

    public async Task<JsonElement> SnapshotAsync(LiveRoomNode node) =>
        await node.Http.GetFromJsonAsync<JsonElement>($"/api/launches/{launchId}/snapshot");

    /// <summary>Waits until the node's board shows exactly the acknowledged truth.</summary>
    public Task<JsonElement> TruthAsync(LiveRoomNode node, TimeSpan timeout) =>
        Wait.Until(() => SnapshotAsync(node), Matches, "the board to show every acknowledged event", timeout, retryErrors: true);

    public bool Matches(JsonElement snapshot)
    {
        var totals = snapshot.GetProperty("totals");
        var gel = snapshot.GetProperty("skus")[0];
        return totals.GetProperty("orders").GetInt32() == AckedOrders
            && totals.GetProperty("gmv").GetDecimal() == AckedGmv
            && totals.GetProperty("joins").GetInt32() == AckedJoins
            && gel.GetProperty("sold").GetInt32() == AckedUnits;
    }
}
