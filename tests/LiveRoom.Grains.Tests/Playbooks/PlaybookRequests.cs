using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Playbooks;

namespace LiveRoom.Grains.Tests.Playbooks;

/// <summary>A confirmed trigger as the web app makes one: read the playbook, plan it against the launch as it is now.</summary>
public static class PlaybookRequests
{
    public static async Task<TriggerRequest> For(ILaunchGrain launch, string yaml, TriggerScope scope, string key = "k1")
    {
        var (playbook, errors) = PlaybookReader.Read("t.yaml", yaml);
        Assert.Empty(errors);
        var snapshot = (await launch.GetSnapshot())!;
        var groups = await launch.GetGroups();
        var ctx = new PlanContext((await launch.GetDefinition())!, groups, snapshot.Phase, snapshot.Skus, scope, "sku-1");
        return new TriggerRequest
        {
            IdempotencyKey = key, Playbook = playbook!, Scope = scope, SkuId = "sku-1", Actor = "handler",
            Plan = PlaybookPlanner.Plan(playbook!, ctx), GroupIds = scope.Select(groups).Select(g => g.Id).ToList(),
        };
    }
}
