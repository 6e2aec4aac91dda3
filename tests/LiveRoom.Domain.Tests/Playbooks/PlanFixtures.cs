using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Tests.Support;

namespace LiveRoom.Domain.Tests.Playbooks;

internal static class PlanFixtures
{
    public static readonly IReadOnlyList<GroupRegistration> Groups =
    [
        Support.Launches.Group("c1", tier: GroupTier.Core), Support.Launches.Group("c2", tier: GroupTier.Core),
        Support.Launches.Group("p1", tier: GroupTier.Pond), Support.Launches.Group("t1", tier: GroupTier.Transit),
    ];

    public static PlanContext Context(TriggerScope? scope = null, LaunchPhase phase = LaunchPhase.Live, bool soldOut = true, string? sku = "sku-1") => new(
        Support.Launches.Definition(Events.T) with { SaleLink = "https://old.example/sale" },
        Groups,
        phase,
        [new SkuInventory { SkuId = "sku-1", Name = "冷敷凝胶", Stock = 10, Sold = soldOut ? 10 : 3, SoldOut = soldOut }],
        scope ?? TriggerScope.Launch,
        sku);

    public static PlaybookDefinition Playbook(string yamlSteps)
    {
        var (playbook, errors) = PlaybookReader.Read("t.yaml", "id: t\nname: T\nsteps:\n" + yamlSteps);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        return playbook!;
    }
}
