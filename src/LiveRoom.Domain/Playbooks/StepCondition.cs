using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// When a step applies, evaluated when the run is planned (so the preview shows exactly what will
/// happen): in which phases, for which tiers of the targets (the others are left out of this step),
/// and whether the trigger's SKU must be sold out. Empty lists mean "any".
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.StepCondition.v1")]
public sealed record StepCondition
{
    [Id(0)] public IReadOnlyList<LaunchPhase> Phases { get; init; } = [];
    [Id(1)] public IReadOnlyList<GroupTier> Tiers { get; init; } = [];
    [Id(2)] public bool? SkuSoldOut { get; init; }

    public static readonly StepCondition Always = new();
}
