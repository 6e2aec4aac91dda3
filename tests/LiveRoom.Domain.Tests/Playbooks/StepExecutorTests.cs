using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Tests.Support;
using static LiveRoom.Domain.Tests.Playbooks.PlanFixtures;

namespace LiveRoom.Domain.Tests.Playbooks;

/// <summary>The steps carried out against recorded effects, with no grain: what is sent, what the run records, what the timeline says.</summary>
public class StepExecutorTests
{
    private static readonly RunSubject Subject = new("launch-1", "inc-1", "售罄应急", "handler");
    private readonly ManualClock _clock = new(Events.T);
    private readonly RecordingStepEffects _effects = new();

    private (RunEngine Engine, StepExecutor Executor) Run(string yamlSteps)
    {
        var run = RunState.Start(PlaybookPlanner.Plan(Playbook(yamlSteps), Context()));
        return (new RunEngine(run), new StepExecutor(run, Subject, _effects, _clock));
    }

    [Fact]
    public async Task An_announce_step_sends_one_dispatch_for_all_groups_and_follows_its_broadcast()
    {
        var (engine, executor) = Run("""
              - kind: announce
                title: 通知全员
                text: "【{group}】补货中"
            """);
        var step = engine.Next(_clock.GetUtcNow())!;

        var report = await executor.Execute(step);

        var dispatch = Assert.Single(_effects.Dispatches);
        Assert.Equal(("launch-1", "inc-1", "handler", "inc-1/0/1"), (dispatch.LaunchId, dispatch.IncidentId, dispatch.Actor, dispatch.IdempotencyKey));
        Assert.Equal(["c1", "c2", "p1", "t1"], dispatch.Messages.Select(m => m.GroupId));
        Assert.Equal(["now-inc-1/0/1"], engine.State.Steps[0].Broadcasts);
        Assert.Equal(StepStatus.Done, engine.State.Steps[0].Status);
        Assert.Equal(4, report.Sent);
        Assert.Equal(["c1", "c2", "p1", "t1"], report.Groups);
        Assert.Equal("playbook.step_done", report.Text.Code);
        Assert.Equal(("售罄应急", "1", "通知全员", "queued", "4", "groups"),
            (report.Text.Arg("playbook"), report.Text.Arg("step"), report.Text.Arg("title"), report.Text.Arg("result"), report.Text.Arg("sent"), report.Text.Arg("unit")));
    }

    [Fact]
    public async Task Groups_that_were_not_queued_fail_the_step_and_a_retry_sends_only_to_them_as_a_new_attempt()
    {
        var (engine, executor) = Run("""
              - kind: cue
                cueKind: topic
                text: 聊聊
            """);
        _effects.FailGroups = ["p1"];
        var report = await executor.Execute(engine.Next(_clock.GetUtcNow())!);

        Assert.Equal(StepStatus.Failed, engine.State.Steps[0].Status);
        Assert.Equal((StepErrors.NotQueued, "1"), (engine.State.Steps[0].Failure!.Code, engine.State.Steps[0].Failure!.Arg("count")));
        Assert.Equal(("playbook.step_failed", "playbook.error.not_queued"), (report.Text.Code, ServerText.Nested(report.Text.Arg("error")).Single().Code));
        Assert.Equal(["p1"], report.Groups);
        Assert.Equal(3, report.Sent);

        Assert.True(engine.Choose(0, FailureChoice.Retry, "handler", _clock.GetUtcNow()));
        _effects.FailGroups = [];
        report = await executor.Execute(engine.Next(_clock.GetUtcNow())!);

        var retry = _effects.Dispatches[1];
        Assert.Equal("inc-1/0/2", retry.IdempotencyKey);
        Assert.Equal(["p1"], retry.Messages.Select(m => m.GroupId));
        Assert.Equal(StepStatus.Done, engine.State.Steps[0].Status);
        Assert.Equal("1", report.Text.Arg("sent"));
        Assert.Empty(engine.State.Steps[0].Broadcasts); // cues have no outbox broadcast to follow
    }

    [Fact]
    public async Task Launch_steps_go_to_the_effects_and_say_done_without_a_count()
    {
        var (engine, executor) = Run("""
              - kind: pause_announcements
              - kind: pause_sku
              - kind: swap_link
                link: https://new.example/sale
              - kind: resume_announcements
            """);
        var reports = new List<StepReport>();
        while (engine.Next(_clock.GetUtcNow()) is { } step) reports.Add(await executor.Execute(step));

        Assert.Equal(RunStatus.Completed, engine.State.Status);
        Assert.Equal(
            [("pause_announcements", "售罄应急"), ("pause_sku", "sku-1=True"), ("swap_link", "https://new.example/sale"), ("resume_announcements", "")],
            _effects.Calls);
        Assert.All(reports, r => Assert.Equal(("playbook.step_done", "done", "", 0), (r.Text.Code, r.Text.Arg("result"), r.Text.Arg("sent"), r.Groups.Count)));
    }

    [Fact]
    public async Task A_refused_or_throwing_effect_fails_the_step_with_the_reason()
    {
        var (engine, executor) = Run("""
              - kind: pause_sku
                sku: nope
              - kind: notify
                target: merchant
                text: 已售罄
            """);
        _effects.SkuKnown = false;
        var report = await executor.Execute(engine.Next(_clock.GetUtcNow())!);
        Assert.Equal(("playbook.step_failed", StepErrors.NoSku, "nope"), (report.Text.Code, ServerText.Nested(report.Text.Arg("error")).Single().Code, ServerText.Nested(report.Text.Arg("error")).Single().Arg("sku")));

        engine.Choose(0, FailureChoice.Skip, "handler", _clock.GetUtcNow());
        _effects.Throw = new HttpRequestException("boom");
        report = await executor.Execute(engine.Next(_clock.GetUtcNow())!);

        Assert.Equal(("merchant|已售罄|inc-1/1/1"), _effects.Calls[^1].Detail);
        Assert.Equal((StepStatus.Failed, StepErrors.Failed, "boom"), (engine.State.Steps[1].Status, engine.State.Steps[1].Failure!.Code, engine.State.Steps[1].Failure!.Arg("detail")));
        Assert.Equal("boom", ServerText.Nested(report.Text.Arg("error")).Single().Arg("detail"));
    }

    [Fact]
    public async Task A_notify_target_that_answers_no_fails_the_step()
    {
        var (engine, executor) = Run("""
              - kind: notify
                target: merchant
            """);
        _effects.NotifyError = StepErrors.NotifyTargetAnswered("merchant", 500);
        await executor.Execute(engine.Next(_clock.GetUtcNow())!);

        Assert.Equal(RunStatus.Failed, engine.State.Status);
        Assert.Equal((StepErrors.NotifyAnswered, "merchant", "500", null), (engine.State.Steps[0].Failure!.Code, engine.State.Steps[0].Failure!.Arg("target"), engine.State.Steps[0].Failure!.Arg("status"), engine.State.Steps[0].Error));
        Assert.Equal("merchant|T|inc-1/0/1", _effects.Calls.Single().Detail); // the playbook's name when the step has no text
    }
}
