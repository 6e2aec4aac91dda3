namespace LiveRoom.Grains.Playbooks;

/// <summary>What an update did: changed something, nothing (same values), or was refused as a whole.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.IncidentUpdate.v1")]
public sealed record IncidentUpdate([property: Id(0)] bool Changed, [property: Id(1)] string? Refused = null);
