using System.Text.Json;

namespace LiveRoom.Cluster.Tests.Ops;

/// <summary>The provisioned LiveRoom dashboard (ops/grafana/dashboards/liveroom.json) and the PromQL it runs.</summary>
public static class GrafanaDashboard
{
    public const string File = "ops/grafana/dashboards/liveroom.json";

    public static JsonElement Load() => JsonDocument.Parse(RepoFiles.Read(File)).RootElement;

    public static IEnumerable<JsonElement> Targets(JsonElement dashboard) =>
        dashboard.GetProperty("panels").EnumerateArray().SelectMany(p => p.GetProperty("targets").EnumerateArray());

    public static IReadOnlySet<string> MetricNames() =>
        Targets(Load()).SelectMany(t => PromQl.MetricNames(t.GetProperty("expr").GetString()!)).ToHashSet();
}
