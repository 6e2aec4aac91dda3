using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Playbooks;

/// <summary>What the board shows that a playbook may answer.</summary>
public sealed record BoardSignals(
    LaunchPhase Phase,
    IReadOnlyList<SkuInventory> Skus,
    IReadOnlyList<(string GroupId, string GroupName)> NegativeSpikes,
    bool OrdersStalled,
    PageErrorSignal? PageErrors = null);
