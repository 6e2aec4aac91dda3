using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Playbooks;

/// <summary>A confirmed trigger: the playbook, the scope and the exact plan the handler saw.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.TriggerRequest.v1")]
public sealed record TriggerRequest
{
    /// <summary>Same key ⇒ same run: a double click or two handlers confirming together start one.</summary>
    [Id(0)] public required string IdempotencyKey { get; init; }
    [Id(1)] public required PlaybookDefinition Playbook { get; init; }
    [Id(2)] public TriggerScope Scope { get; init; } = TriggerScope.Launch;
    [Id(3)] public string? SkuId { get; init; }
    [Id(4)] public required string Actor { get; init; }
    [Id(5)] public IReadOnlyList<PlannedStep> Plan { get; init; } = [];
    /// <summary>The groups of the scope (for the timeline and the incident list).</summary>
    [Id(6)] public IReadOnlyList<string> GroupIds { get; init; } = [];
}
