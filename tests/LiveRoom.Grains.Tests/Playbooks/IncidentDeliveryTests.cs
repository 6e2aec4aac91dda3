using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Tests.Announcements;
using LiveRoom.Grains.Tests.Cluster;

namespace LiveRoom.Grains.Tests.Playbooks;

/// <summary>An incident's per-group delivery follows the real outbox, with real HTTP gateways.</summary>
public class IncidentDeliveryTests(ClusterFixture fixture) : AnnouncementTest(fixture)
{
    private const string Announce = """
        id: page-broken
        name: 活动页故障
        steps:
          - kind: announce
            text: "【{group}】活动页正在修复，请稍候刷新"
          - kind: checklist
            text: 确认页面恢复
        """;

    [Fact]
    public async Task A_group_whose_gateway_keeps_failing_shows_dead_lettered_and_the_others_delivered()
    {
        RealOrRecordedEffects.Real[LaunchId] = 0;
        Receiver.Respond = hit => hit.Path == "/broken" ? (503, TimeSpan.Zero, null) : (200, TimeSpan.Zero, null);
        await CreateLaunch([Webhook("a"), Webhook("b", "broken"), Webhook("c"), Group("d")]);
        var receipt = await Client.GetGrain<ILaunchIncidentsGrain>(LaunchId).Trigger(await PlaybookRequests.For(Launch, Announce, TriggerScope.Launch));
        var incident = Client.GetGrain<IIncidentGrain>(IncidentKey.Of(LaunchId, receipt.IncidentId));

        var view = await Wait.Until(async () => (await incident.GetView())!,
            v => v.Run.Steps[0].Groups.Values.All(s => s is StepDelivery.Delivered or StepDelivery.DeadLettered),
            "every group's delivery settled in the incident");

        Assert.Equal(new Dictionary<string, StepDelivery>
        {
            ["a"] = StepDelivery.Delivered, ["b"] = StepDelivery.DeadLettered, ["c"] = StepDelivery.Delivered, ["d"] = StepDelivery.Delivered,
        }, view.Run.Steps[0].Groups);
        Assert.Equal(StepStatus.Done, view.Run.Steps[0].Status); // queued is the step's job; the outbox's verdict is per group
        Assert.Single(view.Run.Steps[0].Broadcasts);
        // The gateway really saw b's attempts fail and a's and c's succeed.
        Assert.Equal(4, Receiver.Hits.Count(h => h.Path == "/broken"));
        Assert.Equal(2, Receiver.Hits.Count(h => h.Path == "/hook" && h.Status == 200));
    }

    [Fact]
    public async Task A_dead_letter_resent_from_the_announcements_page_shows_delivered_in_the_incident()
    {
        RealOrRecordedEffects.Real[LaunchId] = 0;
        var healthy = false;
        Receiver.Respond = _ => Volatile.Read(ref healthy) ? (200, TimeSpan.Zero, null) : (404, TimeSpan.Zero, null);
        await CreateLaunch([Webhook("a")]);
        var receipt = await Client.GetGrain<ILaunchIncidentsGrain>(LaunchId).Trigger(await PlaybookRequests.For(Launch, Announce, TriggerScope.Launch));
        var incident = Client.GetGrain<IIncidentGrain>(IncidentKey.Of(LaunchId, receipt.IncidentId));
        await Wait.Until(async () => (await incident.GetView())!, v => v.Run.Steps[0].Groups["a"] == StepDelivery.DeadLettered, "a dead-lettered");

        Volatile.Write(ref healthy, true);
        Assert.Equal(1, await Announcements.ResendFailed("tester"));
        await DeliveriesUntil(d => d.Single().Status == Domain.Announcements.DeliveryStatus.Sent, "the resend delivered");
        var view = await Wait.Until(async () => (await incident.GetView())!, v => v.Run.Steps[0].Groups["a"] == StepDelivery.Delivered, "the incident to follow the resend");
        Assert.Equal(StepDelivery.Delivered, view.Run.Steps[0].Groups["a"]);
    }
}
