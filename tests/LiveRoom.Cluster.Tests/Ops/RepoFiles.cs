using YamlDotNet.RepresentationModel;

namespace LiveRoom.Cluster.Tests.Ops;

/// <summary>The repository's deployment files, read from the checkout the tests were built in.</summary>
public static class RepoFiles
{
    public static string Root { get; } = RepoPaths.Root();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Every document of a YAML file (Kubernetes files may hold several, separated by ---).</summary>
    public static IReadOnlyList<YamlNode> Yaml(string relative)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(Read(relative));
        stream.Load(reader);
        return stream.Documents.Select(d => d.RootNode).ToList();
    }
}
