using System.Text.Json;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization;

namespace LiveRoom.LoadTests.Run;

/// <summary>
/// What a run must meet. Any limit left null is not checked; the truth is checked unless turned
/// off. Read from a profile file (JSON or YAML, same camelCase names) and overridden by the
/// command line.
/// </summary>
public sealed record Thresholds
{
    /// <summary>Highest acceptable p99 request latency of any channel, in ms.</summary>
    public double? MaxP99Ms { get; init; }

    /// <summary>Highest acceptable share of failed requests of any channel (0.01 = 1 %).</summary>
    public double? MaxErrorRate { get; init; }

    /// <summary>Highest acceptable freshness p99 (marker sent → viewer shows it), in ms.</summary>
    public double? MaxFreshnessP99Ms { get; init; }

    /// <summary>
    /// Highest acceptable number of 5xx answers over all channels, counting every attempt: a 5xx
    /// that a retry recovered from is still one (the launch-day target "zero 5xx").
    /// </summary>
    public long? Max5xx { get; init; }

    public bool Truth { get; init; } = true;

    public static Thresholds Load(string path)
    {
        var text = File.ReadAllText(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".json")
            return JsonSerializer.Deserialize<Thresholds>(text, new JsonSerializerOptions(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow })
                ?? throw new ArgumentException($"{path}: empty threshold file");
        if (ext is ".yaml" or ".yml")
            return new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<Thresholds?>(text)
                ?? throw new ArgumentException($"{path}: empty threshold file");
        throw new ArgumentException($"{path}: threshold files are .json, .yaml or .yml");
    }

    /// <summary>Command-line values win over the file's.</summary>
    public Thresholds Override(double? maxP99Ms, double? maxErrorRate, double? maxFreshnessP99Ms, bool? truth, long? max5xx = null) => this with
    {
        Max5xx = max5xx ?? Max5xx,
        MaxP99Ms = maxP99Ms ?? MaxP99Ms,
        MaxErrorRate = maxErrorRate ?? MaxErrorRate,
        MaxFreshnessP99Ms = maxFreshnessP99Ms ?? MaxFreshnessP99Ms,
        Truth = truth ?? Truth,
    };
}
