using YamlDotNet.RepresentationModel;

namespace LiveRoom.Cluster.Tests.Ops;

/// <summary>ops/k8s checked by structure: what Orleans' Kubernetes hosting and the probes rely on.</summary>
public sealed class KubernetesManifestTests
{
    private const string Namespace = "liveroom";

    private static readonly IReadOnlyList<(string File, YamlNode Doc)> Manifests =
        Directory.GetFiles(RepoFiles.PathOf("ops/k8s"), "*.yaml", SearchOption.AllDirectories).Order()
            .SelectMany(f => RepoFiles.Yaml(Path.GetRelativePath(RepoFiles.Root, f)).Select(d => (Path.GetFileName(f), d)))
            .ToList();

    private static IEnumerable<YamlNode> OfKind(string kind) => Manifests.Where(m => m.Doc.Text("kind") == kind).Select(m => m.Doc);

    private static YamlNode Deployment => Assert.Single(OfKind("Deployment"));

    private static IReadOnlyDictionary<string, string> PodLabels => Deployment.At("spec", "template", "metadata", "labels").Strings();

    [Fact]
    public void Every_manifest_parses_and_names_its_namespace()
    {
        Assert.NotEmpty(Manifests);
        foreach (var (file, doc) in Manifests)
        {
            Assert.False(string.IsNullOrEmpty(doc.Text("apiVersion")), $"{file}: apiVersion");
            Assert.False(string.IsNullOrEmpty(doc.Text("metadata", "name")), $"{file}: metadata.name");
            if (doc.Text("kind") != "Namespace") Assert.Equal(Namespace, doc.Text("metadata", "namespace"));
        }
        Assert.Equal(Namespace, Assert.Single(OfKind("Namespace")).Text("metadata", "name"));
    }

    [Fact]
    public void Every_deployment_has_readiness_and_liveness_probes()
    {
        foreach (var deployment in OfKind("Deployment"))
        {
            foreach (var container in deployment.At("spec", "template", "spec", "containers").Items())
            {
                Assert.Equal("/health/ready", container.Text("readinessProbe", "httpGet", "path"));
                Assert.Equal("/health/live", container.Text("livenessProbe", "httpGet", "path"));
                var ports = container.Get("ports").Items().Select(p => p.Text("name")).ToList();
                Assert.Contains(container.Text("readinessProbe", "httpGet", "port"), ports);
            }
        }
    }

    [Fact]
    public void Pods_follow_orleans_kubernetes_conventions()
    {
        Assert.False(string.IsNullOrEmpty(PodLabels.GetValueOrDefault("orleans/serviceId")));
        Assert.False(string.IsNullOrEmpty(PodLabels.GetValueOrDefault("orleans/clusterId")));
        AssertSelects(Deployment.At("spec", "selector", "matchLabels").Strings());

        var container = Deployment.At("spec", "template", "spec", "containers").Items().Single();
        var env = container.Get("env").Items().ToDictionary(e => e.Text("name"), e => e);
        string? FieldRef(string name) => env[name].Get("valueFrom")?.Get("fieldRef")?.Get("fieldPath").Text();
        Assert.Equal("metadata.name", FieldRef("POD_NAME"));
        Assert.Equal("metadata.namespace", FieldRef("POD_NAMESPACE"));
        Assert.Equal("status.podIP", FieldRef("POD_IP"));
        Assert.Equal("status.podIP", FieldRef("LiveRoom__Orleans__AdvertisedIp"));
        Assert.Equal("metadata.labels['orleans/clusterId']", FieldRef("LiveRoom__Orleans__ClusterId"));
        Assert.Equal("metadata.labels['orleans/serviceId']", FieldRef("LiveRoom__Orleans__ServiceId"));
        Assert.Equal("All", env["LiveRoom__Role"].Text("value"));
        // Connection strings and passwords come from a Secret, never from the manifest.
        Assert.NotNull(env["LiveRoom__Redis"].Get("valueFrom")?.Get("secretKeyRef"));
        Assert.All(env.Where(e => e.Key.EndsWith("Password", StringComparison.Ordinal)), e => Assert.NotNull(e.Value.Get("valueFrom")?.Get("secretKeyRef")));
    }

    [Fact]
    public void Service_account_may_watch_and_delete_pods()
    {
        var account = Deployment.Text("spec", "template", "spec", "serviceAccountName");
        Assert.Contains(OfKind("ServiceAccount"), a => a.Text("metadata", "name") == account);

        var binding = Assert.Single(OfKind("RoleBinding"));
        Assert.Contains(binding.Get("subjects").Items(), s => s.Text("kind") == "ServiceAccount" && s.Text("name") == account);
        var role = Assert.Single(OfKind("Role"), r => r.Text("metadata", "name") == binding.Text("roleRef", "name"));
        Assert.Equal("Role", binding.Text("roleRef", "kind"));

        var podRule = Assert.Single(role.Get("rules").Items(), r => r.Get("resources").Items().Any(x => x.Text() == "pods"));
        Assert.Contains("", podRule.Get("apiGroups").Items().Select(g => g.Text()));
        var verbs = podRule.Get("verbs").Items().Select(v => v.Text()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "get", "list", "watch", "delete" }, verbs);
    }

    [Fact]
    public void Disruption_budget_and_service_select_the_liveroom_pods()
    {
        var pdb = Assert.Single(OfKind("PodDisruptionBudget"));
        AssertSelects(pdb.At("spec", "selector", "matchLabels").Strings());
        Assert.True(int.Parse(pdb.Text("spec", "minAvailable")) >= 1);
        Assert.True(int.Parse(Deployment.Text("spec", "replicas")) > int.Parse(pdb.Text("spec", "minAvailable")), "the budget must leave room to drain a node");

        var service = Assert.Single(OfKind("Service"));
        AssertSelects(service.At("spec", "selector").Strings());
        var containerPorts = Deployment.At("spec", "template", "spec", "containers").Items().SelectMany(c => c.Get("ports").Items()).Select(p => p.Text("name"));
        Assert.All(service.At("spec", "ports").Items(), p => Assert.Contains(p.Text("targetPort"), containerPorts));
    }

    private static void AssertSelects(IReadOnlyDictionary<string, string> selector)
    {
        Assert.NotEmpty(selector);
        Assert.All(selector, l => Assert.Equal(l.Value, PodLabels.GetValueOrDefault(l.Key)));
    }
}
