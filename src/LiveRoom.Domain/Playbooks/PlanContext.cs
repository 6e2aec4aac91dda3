using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Playbooks;

/// <summary>What a plan is made from: the launch as it is when the handler triggers.</summary>
public sealed record PlanContext(
    LaunchDefinition Launch,
    IReadOnlyList<GroupRegistration> Groups,
    LaunchPhase Phase,
    IReadOnlyList<SkuInventory> Skus,
    TriggerScope Scope,
    string? SkuId);
