using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Grains.Launches;

/// <summary>A launch's durable setup. Stored: keep ids stable and add members with new ids only.</summary>
[GenerateSerializer, Alias("LiveRoom.LaunchSetup.v1")]
public sealed class LaunchSetup
{
    [Id(0)] public LaunchDefinition? Definition { get; set; }
    [Id(1)] public Dictionary<string, GroupRegistration> Groups { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public IngestKeys? Keys { get; set; }
    /// <summary>Bumped on every change so nodes know when their cached catalog is stale.</summary>
    [Id(3)] public long Version { get; set; }
    /// <summary>SKUs marked paused on the board (a playbook's pause_sku step).</summary>
    [Id(4)] public HashSet<string> PausedSkus { get; set; } = new(StringComparer.Ordinal);
}
