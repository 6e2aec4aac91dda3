using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using LiveRoom.Cluster.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace LiveRoom.Cluster.Tests.Ops;

/// <summary>
/// /metrics on a real node: LiveRoom's counters move with real traffic, and every metric the
/// Grafana dashboard graphs is one the app exports.
/// </summary>
[Collection(OpsNodeCollection.Name)]
public sealed class MetricsEndpointTests(OpsNodeFixture fixture)
{
    private const int Groups = 3;

    [Fact]
    public async Task Counters_move_with_ingestion_and_the_dashboard_only_uses_exported_metrics()
    {
        var node = fixture.Node;
        var script = new LaunchScript("ops-metrics", Groups);
        await script.CreateAsync(node);

        // A hub subscriber makes the node's feed watch the launch: updates flow and are counted.
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(node.Address, "/hubs/launch"), o => o.Headers["Cookie"] = node.CookieHeader)
            .Build();
        await hub.StartAsync();
        await hub.InvokeAsync<JsonElement>("Subscribe", script.LaunchId);

        var batch = LaunchScript.Batch(0, Groups);
        await script.SendUntilAckedAsync(batch, [node], 0, Groups);
        await Send(node, script, batch); // the same events again: duplicates
        // One good event beside a bad one: the request succeeds and reports the bad one.
        await Send(node, script,
        [
            new { id = "extra-join", type = "member_joined", groupId = LaunchScript.Group(0), memberId = "m-extra" },
            new { id = "bad-1", type = "order", groupId = "no-such-group", orderId = "x", skuId = "gel", quantity = 1, amount = 1m, status = "paid" },
        ]);

        // A broadcast to every group's inbox: the outbox holds it, then sends it.
        var broadcast = await node.Http.PostAsJsonAsync($"/api/launches/{script.LaunchId}/announcements/broadcast", new { template = "{launch}: 开抢了" });
        Assert.Equal(HttpStatusCode.Accepted, broadcast.StatusCode);

        using var anonymous = await fixture.ClientAsync();
        var scrape = await Wait.Until(async () => new PrometheusText(await anonymous.GetStringAsync("/metrics")), m =>
            m.Sum("liveroom_ingest_events_total", ("outcome", "accepted"), ("kind", "order")) >= 2 * Groups
            && m.Sum("liveroom_ingest_events_total", ("outcome", "accepted"), ("kind", "member_joined")) >= 2 * Groups
            && m.Sum("liveroom_ingest_events_total", ("outcome", "duplicate")) >= 2 * Groups
            && m.Sum("liveroom_ingest_events_total", ("outcome", "rejected")) >= 1
            && m.Sum("liveroom_ingest_batch_duration_seconds_count") >= 3
            && m.Sum("liveroom_groups_active") >= Groups
            && m.Sum("liveroom_launch_updates_total") >= 1
            && m.Sum("liveroom_launch_update_freshness_seconds_count") >= 1
            && m.Sum("liveroom_outbox_deliveries_total", ("outcome", "sent"), ("channel", "inbox")) >= Groups
            && m.Names.Contains("liveroom_outbox_pending")
            // The first orders of a Live launch cross the first-order milestone: a 晒单 cue per group.
            && m.Sum("liveroom_cue_latency_seconds_count") >= 1,
            "LiveRoom's counters to move", TimeSpan.FromSeconds(30), retryErrors: true);

        Assert.Contains("http_server_request_duration_seconds", scrape.Names);
        Assert.Contains("orleans_catalog_activations", scrape.Names);
        var missing = GrafanaDashboard.MetricNames().Where(n => !scrape.Names.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "The Grafana dashboard graphs metrics the app does not export: " + string.Join(", ", missing));
    }

    private static async Task Send(LiveRoomNode node, LaunchScript script, object[] events)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/launches/{script.LaunchId}/events/batch") { Content = JsonContent.Create(events) };
        request.Headers.Add("X-LiveRoom-Key", script.ServerKey);
        Assert.Equal(HttpStatusCode.OK, (await node.Http.SendAsync(request)).StatusCode);
    }
}
