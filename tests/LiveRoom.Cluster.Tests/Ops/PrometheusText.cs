using System.Globalization;
using System.Text.RegularExpressions;

namespace LiveRoom.Cluster.Tests.Ops;

/// <summary>A parsed Prometheus text exposition: the metric families it declares and its samples.</summary>
public sealed partial class PrometheusText
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public PrometheusText(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (TypeLine().Match(line) is { Success: true } type)
            {
                var name = type.Groups[1].Value;
                _names.Add(name);
                // A histogram family is queried through its series.
                if (type.Groups[2].Value == "histogram") _names.UnionWith([name + "_bucket", name + "_sum", name + "_count"]);
            }
            else if (Sample().Match(line) is { Success: true } sample)
            {
                var labels = Label().Matches(sample.Groups["labels"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
                _samples.Add((sample.Groups["name"].Value, labels, double.Parse(sample.Groups["value"].Value, CultureInfo.InvariantCulture)));
                _names.Add(sample.Groups["name"].Value);
            }
        }
    }

    public IReadOnlySet<string> Names => _names;

    /// <summary>The sum of the samples of <paramref name="name"/> carrying every given label.</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) =>
        _samples.Where(s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Key) == l.Value)).Sum(s => s.Value);

    [GeneratedRegex(@"^# TYPE (\S+) (\w+)")]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)")]
    private static partial Regex Sample();

    [GeneratedRegex("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Label();
}
