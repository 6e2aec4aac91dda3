using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Tests.Announcements;
using LiveRoom.Grains.Tests.Cluster;

namespace LiveRoom.Grains.Tests.Playbooks;

/// <summary>
/// The playbooks' 1-second fan-out target through the real announcements grain and outbox: from a confirmed trigger
/// for 1,000 groups to every group's first message stored in the outbox. Prints the figures
/// (docs/benchmarks.md); asserts only what must hold, never a time.
/// </summary>
public class FanOutThroughOutboxTests(ClusterFixture fixture) : AnnouncementTest(fixture)
{
    private const string SoldOut = """
        id: sold-out
        name: 售罄
        steps:
          - kind: pause_sku
          - kind: announce
            text: "【{group}】{sku} 抢光了，备用款马上上架"
          - kind: checklist
            text: 确认补货
        """;

    [Fact]
    public async Task A_thousand_group_run_has_every_groups_first_message_stored_in_the_outbox()
    {
        RealOrRecordedEffects.Real[LaunchId] = 0;
        await CreateLaunch(Enumerable.Range(0, 1_000).Select(i => Group($"g{i:0000}")));
        var incidents = Client.GetGrain<ILaunchIncidentsGrain>(LaunchId);
        // Warm up (JIT, serializers, the launch's grains and outbox partitions) with a one-group run, as on a running server.
        var warm = await incidents.Trigger(await PlaybookRequests.For(Launch, SoldOut, new TriggerScope { Kind = ScopeKind.Group, GroupIds = ["g0000"] }, "warm"));
        await Wait.Until(async () => (await Incident(warm.IncidentId).GetView())!, v => v.Run.Status == RunStatus.Blocked, "the warm-up run");

        var request = await PlaybookRequests.For(Launch, SoldOut, TriggerScope.Launch, "all");
        var confirmed = DateTimeOffset.UtcNow;
        var receipt = await incidents.Trigger(request);
        var answered = DateTimeOffset.UtcNow;
        // FirstQueuedAt is set when the step's one Broadcast returned, i.e. after every outbox
        // partition stored its share (Enqueue is durable when it returns): every group's message is stored then.
        var view = await Wait.Until(async () => (await Incident(receipt.IncidentId).GetView())!, v => v.FirstQueuedAt is not null, "the announce step queued");
        var broadcast = Assert.Single(view.Run.Steps[1].Broadcasts);
        var rows = await DeliveriesUntil(d => d.Count(r => r.AnnouncementId == broadcast) == 1_000, "1,000 deliveries in the outbox");
        var seen = DateTimeOffset.UtcNow;

        Console.WriteLine($"playbook fan-out through the outbox: 1,000 groups stored {(view.FirstQueuedAt!.Value - confirmed).TotalMilliseconds:0} ms after confirmation " +
            $"(trigger answered at {(answered - confirmed).TotalMilliseconds:0} ms, rows observed at {(seen - confirmed).TotalMilliseconds:0} ms)");
        Assert.Equal(1_000, rows.Where(r => r.AnnouncementId == broadcast).Select(r => r.GroupId).Distinct().Count());
        Assert.All(view.Run.Steps[1].Groups.Values, s => Assert.NotEqual(StepDelivery.Pending, s));
    }

    private IIncidentGrain Incident(string id) => Client.GetGrain<IIncidentGrain>(IncidentKey.Of(LaunchId, id));
}
