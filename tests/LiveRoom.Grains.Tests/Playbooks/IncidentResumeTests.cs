using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Tests.Cluster;
using Orleans.Core.Internal;

namespace LiveRoom.Grains.Tests.Playbooks;

/// <summary>A run that is waiting continues on its own, even when its grain is no longer in memory.</summary>
public class IncidentResumeTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private const string WaitThenAnnounce = """
        id: wait-then-announce
        name: 稍后公告
        steps:
          - kind: wait
            seconds: 3
          - kind: announce
            text: "【{group}】页面已恢复"
          - kind: checklist
            text: 复盘
        """;

    [Fact]
    public async Task A_wait_step_completes_after_the_grain_was_deactivated_without_anyone_calling_it()
    {
        await CreateLaunch([Group("a")]);
        var receipt = await Client.GetGrain<ILaunchIncidentsGrain>(LaunchId).Trigger(await PlaybookRequests.For(Launch, WaitThenAnnounce, TriggerScope.Launch));
        var incident = Client.GetGrain<IIncidentGrain>(IncidentKey.Of(LaunchId, receipt.IncidentId));
        var waiting = await Wait.Until(async () => (await incident.GetView())!, v => v.Run.Status == RunStatus.Blocked, "the wait step");
        Assert.Equal(StepStatus.Waiting, waiting.Run.Steps[0].Status);

        // The activation (and its in-memory timer) goes away, as when its silo dies or it is collected.
        await incident.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        // Nobody calls the incident from here on: only the reminder can bring it back to send.
        var sent = await Wait.Until(() => ClusterFixture.Effects.SentTo(LaunchId).ToList(), s => s.Count == 1,
            "the announcement after the wait", TimeSpan.FromSeconds(20));
        Assert.Equal("【群 a】页面已恢复", sent[0].Message.Text);
        Assert.True(sent[0].At >= waiting.Run.Steps[0].WaitUntil, "sent only once the wait was over");

        var view = (await incident.GetView())!;
        Assert.Equal((StepStatus.Done, StepStatus.Done, RunStatus.Blocked), (view.Run.Steps[0].Status, view.Run.Steps[1].Status, view.Run.Status));
    }
}
