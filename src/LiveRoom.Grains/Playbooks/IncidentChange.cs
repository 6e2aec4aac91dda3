using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Grains.Playbooks;

/// <summary>A person's change to an incident: any of status, owner, a note.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.IncidentChange.v1")]
public sealed record IncidentChange
{
    [Id(0)] public required string Actor { get; init; }
    [Id(1)] public IncidentStatus? Status { get; init; }
    [Id(2)] public string? Owner { get; init; }
    [Id(3)] public string? Note { get; init; }
}
