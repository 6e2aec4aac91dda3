using System.Net;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LiveRoom.Cluster.Tests.Ops;

/// <summary>
/// docker-compose.yml checked by structure (no container engine, nor `docker compose config`, on
/// the CI machines): two LiveRoom nodes that can form one Orleans cluster, health, monitoring.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly YamlNode Compose = RepoFiles.Yaml("docker-compose.yml").Single();
    private static IReadOnlyDictionary<string, YamlNode> Services => Compose.Get("services").Entries();

    private static IReadOnlyList<(string Name, YamlNode Service, IReadOnlyDictionary<string, string> Env)> Nodes =>
        Services.Where(s => s.Value.Get("environment").Strings().ContainsKey("LiveRoom__Role"))
            .Select(s => (s.Key, s.Value, s.Value.Get("environment").Strings()))
            .ToList();

    [Fact]
    public void Has_redis_prometheus_grafana_and_two_liveroom_nodes()
    {
        Assert.Contains("redis", Services.Keys);
        Assert.Contains("prometheus", Services.Keys);
        Assert.Contains("grafana", Services.Keys);
        Assert.Equal(2, Nodes.Count);
        Assert.All(Nodes, n => Assert.Equal("All", n.Env["LiveRoom__Role"]));
        Assert.All(Nodes, n => Assert.Equal("redis:6379", n.Env["LiveRoom__Redis"]));
        Assert.All(Nodes, n => Assert.Equal("service_healthy", n.Service.Text("depends_on", "redis", "condition")));
    }

    [Fact]
    public void Nodes_have_distinct_published_and_orleans_ports()
    {
        var published = Nodes.Select(n => n.Service.Get("ports").Items().Single().Text()!.Split(':')[0]).ToList();
        Assert.Equal(["5001", "5002"], published.Order());
        Assert.Equal(2, Nodes.Select(n => n.Env["LiveRoom__Orleans__SiloPort"]).Distinct().Count());
        Assert.Equal(2, Nodes.Select(n => n.Env["LiveRoom__Orleans__GatewayPort"]).Distinct().Count());
        Assert.Single(Nodes.Select(n => (n.Env["LiveRoom__Orleans__ClusterId"], n.Env["LiveRoom__Orleans__ServiceId"])).Distinct());
    }

    [Fact]
    public void Each_node_advertises_its_own_static_address_inside_the_subnet()
    {
        var subnet = Compose.At("networks", "liveroom", "ipam", "config").Items().Single().Text("subnet");
        var advertised = new List<string>();
        foreach (var (name, service, env) in Nodes)
        {
            var ip = env["LiveRoom__Orleans__AdvertisedIp"];
            Assert.Equal(ip, service.Text("networks", "liveroom", "ipv4_address"));
            Assert.True(IPNetwork.Parse(subnet).Contains(IPAddress.Parse(ip)), $"{name}: {ip} is outside {subnet}");
            advertised.Add(ip);
        }
        Assert.Equal(advertised.Count, advertised.Distinct().Count());
    }

    [Fact]
    public void Demo_runs_on_the_first_node_only()
    {
        var demo = Nodes.Where(n => n.Env["LiveRoom__Demo__Enabled"] == "true").Select(n => n.Name).ToList();
        Assert.Equal(["liveroom1"], demo);
    }

    [Fact]
    public void Nodes_have_a_readiness_healthcheck()
    {
        foreach (var (name, service, _) in Nodes)
        {
            var test = string.Join(' ', service.At("healthcheck", "test").Items().Select(i => i.Text()));
            Assert.Contains("/health/ready", test);
            Assert.Contains("8080", test);
        }
        Assert.Contains("ping", string.Join(' ', Services["redis"].At("healthcheck", "test").Items().Select(i => i.Text())));
    }

    [Fact]
    public void Passwords_come_from_the_environment_and_every_variable_is_in_env_example()
    {
        var compose = RepoFiles.Read("docker-compose.yml");
        foreach (var (name, _, env) in Nodes)
        {
            foreach (var (key, value) in env.Where(e => e.Key.EndsWith("Password", StringComparison.Ordinal)))
                Assert.True(value.StartsWith("${", StringComparison.Ordinal), $"{name}: {key} must be a ${{VARIABLE}}, not a literal");
        }
        var example = RepoFiles.Read(".env.example");
        foreach (var variable in Variable().Matches(compose).Select(m => m.Groups[1].Value).Distinct())
            Assert.Matches(new Regex($"(?m)^{variable}="), example);
        Assert.Contains(".env", RepoFiles.Read(".gitignore").Split('\n').Select(l => l.Trim()));
    }

    [Fact]
    public void Prometheus_scrapes_both_nodes_and_grafana_is_provisioned()
    {
        var config = RepoFiles.Yaml("ops/prometheus/prometheus.yml").Single();
        var job = config.Get("scrape_configs").Items().Single(j => j.Text("job_name") == "liveroom");
        Assert.Equal("/metrics", job.Text("metrics_path"));
        var targets = job.Get("static_configs").Items().SelectMany(s => s.Get("targets").Items()).Select(t => t.Text()).Order();
        Assert.Equal(Nodes.Select(n => $"{n.Name}:8080").Order(), targets);

        Assert.Contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro", Services["prometheus"].Get("volumes").Items().Select(v => v.Text()));
        foreach (var volume in Services["grafana"].Get("volumes").Items().Select(v => v.Text()!))
            Assert.True(Directory.Exists(RepoFiles.PathOf(volume.Split(':')[0])), $"grafana mounts {volume}, which does not exist");
    }

    [Fact]
    public void Every_liveroom_setting_the_nodes_set_is_documented_in_configuration_md()
    {
        // `LiveRoom__Auth__Users__0__Password` is the key `LiveRoom:Auth:Users:N:Password`; the doc may
        // name siblings in one row ("`LiveRoom:Orleans:SiloPort` / `GatewayPort`").
        var rows = RepoFiles.Read("docs/configuration.md").Split('\n').Where(l => l.StartsWith("| `LiveRoom:", StringComparison.Ordinal)).ToList();
        var keys = Nodes.SelectMany(n => n.Env.Keys).Where(k => k.StartsWith("LiveRoom__", StringComparison.Ordinal)).Distinct().ToList();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var path = string.Join(':', key.Split("__").Select(p => p.All(char.IsAsciiDigit) ? "N" : p));
            var parent = path[..path.LastIndexOf(':')];
            var last = path[(path.LastIndexOf(':') + 1)..];
            Assert.True(rows.Any(r => r.Contains($"`{path}`", StringComparison.Ordinal) || (r.Contains($"`{parent}:", StringComparison.Ordinal) && r.Contains($"`{last}`", StringComparison.Ordinal))),
                $"docker-compose.yml sets {key}, but docs/configuration.md has no row for {path}");
        }
    }

    [Fact]
    public void Every_published_port_is_used_once_and_maps_to_what_the_service_listens_on()
    {
        var published = Services.SelectMany(s => s.Value.Get("ports").Items().Select(p => (Service: s.Key, Mapping: p.Text()!))).ToList();
        Assert.NotEmpty(published);
        var hostPorts = published.Select(p => p.Mapping.Split(':')[^2]).ToList();
        Assert.Equal(hostPorts.Count, hostPorts.Distinct().Count());
        // LiveRoom nodes listen on 8080 inside the container (the healthcheck asks there).
        Assert.All(published.Where(p => Nodes.Any(n => n.Name == p.Service)), p => Assert.EndsWith(":8080", p.Mapping));
    }

    [GeneratedRegex(@"\$\{([A-Z0-9_]+)")]
    private static partial Regex Variable();
}
