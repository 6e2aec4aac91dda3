
namespace LiveRoom.Grains.Playbooks;

/// <summary>Stored: idempotency key → incident id, and the incidents in trigger order.</summary>
[GenerateSerializer, Alias("LiveRoom.LaunchIncidentsState.v1")]
public sealed class LaunchIncidentsState
{
    [Id(0)] public Dictionary<string, string> ByKey { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public List<string> Ids { get; set; } = [];
    // Id(2) held the removed same-trigger window; left unused so older stored state still reads.
}
