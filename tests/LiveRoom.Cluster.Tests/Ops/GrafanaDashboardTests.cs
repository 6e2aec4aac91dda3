namespace LiveRoom.Cluster.Tests.Ops;

/// <summary>
/// The dashboard JSON parses and queries the provisioned datasource. That every metric it graphs
/// is exported by the app is checked against a live scrape in <see cref="MetricsEndpointTests"/>.
/// </summary>
public sealed class GrafanaDashboardTests
{
    [Fact]
    public void Dashboard_parses_and_every_panel_queries_the_provisioned_prometheus()
    {
        var datasource = RepoFiles.Yaml("ops/grafana/provisioning/datasources/prometheus.yml").Single().Get("datasources").Items().Single();
        var uid = datasource.Text("uid");
        var dashboard = GrafanaDashboard.Load();
        Assert.Equal("liveroom", dashboard.GetProperty("uid").GetString());
        foreach (var panel in dashboard.GetProperty("panels").EnumerateArray())
        {
            Assert.Equal(uid, panel.GetProperty("datasource").GetProperty("uid").GetString());
            Assert.NotEmpty(panel.GetProperty("targets").EnumerateArray());
        }
        Assert.All(GrafanaDashboard.Targets(dashboard), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("expr").GetString())));
        var provider = RepoFiles.Yaml("ops/grafana/provisioning/dashboards/liveroom.yml").Single().Get("providers").Items().Single();
        Assert.Equal("/var/lib/grafana/dashboards", provider.Text("options", "path"));
    }

    [Fact]
    public void Dashboard_graphs_every_liveroom_instrument()
    {
        var names = GrafanaDashboard.MetricNames();
        Assert.Contains("liveroom_ingest_events_total", names);
        Assert.Contains("liveroom_ingest_batch_duration_seconds_bucket", names);
        Assert.Contains("liveroom_groups_active", names);
        Assert.Contains("liveroom_launch_updates_total", names);
        Assert.Contains("liveroom_launch_update_freshness_seconds_bucket", names);
        Assert.Contains("liveroom_outbox_pending", names);
        Assert.Contains("liveroom_outbox_deliveries_total", names);
        Assert.Contains("liveroom_cue_latency_seconds_bucket", names);
    }

    [Theory]
    [InlineData("sum by (kind) (rate(liveroom_ingest_events_total{outcome=\"accepted\"}[1m]))", "liveroom_ingest_events_total")]
    [InlineData("histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m])))", "x_bucket")]
    [InlineData("sum by (instance) (a) / 1048576 + on(instance) b", "a,b")]
    public void PromQl_names_are_found(string expression, string expected)
    {
        Assert.Equal(expected.Split(',').Order(), PromQl.MetricNames(expression).Order());
    }
}
