using YamlDotNet.RepresentationModel;

namespace LiveRoom.Cluster.Tests.Ops;

/// <summary>Short, failing-loudly navigation over YamlDotNet's representation model.</summary>
public static class YamlNodes
{
    public static YamlNode? Get(this YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static YamlNode At(this YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
            current = current.Get(key) ?? throw new Xunit.Sdk.XunitException($"missing '{key}' in path {string.Join('.', path)}");
        return current;
    }

    public static string? Text(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    public static string Text(this YamlNode node, params string[] path) =>
        node.At(path).Text() ?? throw new Xunit.Sdk.XunitException($"'{string.Join('.', path)}' is not a scalar");

    public static IEnumerable<YamlNode> Items(this YamlNode? node) => node is YamlSequenceNode seq ? seq.Children : [];

    public static IReadOnlyDictionary<string, YamlNode> Entries(this YamlNode? node) =>
        node is YamlMappingNode map ? map.Children.ToDictionary(kv => kv.Key.Text() ?? "", kv => kv.Value) : new Dictionary<string, YamlNode>();

    /// <summary>A mapping of scalars (labels, compose environment) as strings.</summary>
    public static IReadOnlyDictionary<string, string> Strings(this YamlNode? node) =>
        node.Entries().ToDictionary(kv => kv.Key, kv => kv.Value.Text() ?? "");
}
