using LiveRoom.Domain.Sources;

namespace LiveRoom.Grains.Sources;

/// <summary>A source grain's stored state: its definition (with the secret), the launches mapping it, its counters and ledger.</summary>
[GenerateSerializer, Alias("LiveRoom.SourceState.v1")]
public sealed class SourceState
{
    [Id(0)] public SourceDefinition? Definition { get; set; }
    [Id(1)] public Dictionary<string, SourceMapping> Mappings { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public SourceCounters Counters { get; set; } = new();
    [Id(3)] public TradeLedger Ledger { get; set; } = new();
    [Id(4)] public SignatureStorm Storm { get; set; } = new();
}
