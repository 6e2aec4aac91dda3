using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Tests.Support;
using static LiveRoom.Domain.Tests.Playbooks.PlanFixtures;

namespace LiveRoom.Domain.Tests.Playbooks;

public class RunEngineTests
{
    private static readonly DateTimeOffset T = Events.T;

    private static RunEngine Engine(string yamlSteps, TriggerScope? scope = null) =>
        new(RunState.Start(PlaybookPlanner.Plan(Playbook(yamlSteps), Context(scope))));

    [Fact]
    public void Steps_run_in_order_and_steps_whose_condition_fails_are_passed_over()
    {
        var engine = Engine("""
              - kind: pause_announcements
              - kind: announce
                when: { phases: [ended] }
                text: never
              - kind: announce
                text: hi
              - kind: resume_announcements
            """);
        var order = new List<int>();
        while (engine.Next(T) is { } step)
        {
            order.Add(step.Index);
            Assert.Null(engine.Next(T)); // one step at a time
            engine.Succeeded(step.Index, T);
        }
        Assert.Equal([0, 2, 3], order);
        Assert.Equal(RunStatus.Completed, engine.State.Status);
        Assert.Equal(StepStatus.NotApplicable, engine.State.Steps[1].Status);
        Assert.All(engine.State.Steps[2].Groups.Values, s => Assert.Equal(StepDelivery.Queued, s));
    }

    [Fact]
    public void A_failed_step_stops_the_run_until_retry_which_resends_only_to_the_failed_groups()
    {
        var engine = Engine("  - kind: announce\n    text: hi\n  - kind: pause_announcements\n");
        var step = engine.Next(T)!;
        Assert.Equal(4, engine.Unsent(step).Count);
        engine.Failed(0, StepErrors.Exception("outbox refused"), T, failedGroups: ["p1"]);
        Assert.Equal(RunStatus.Failed, engine.State.Status);
        Assert.Null(engine.Next(T));
        Assert.Equal((3, 1), (engine.State.Steps[0].Count(StepDelivery.Queued), engine.State.Steps[0].Count(StepDelivery.Failed)));

        Assert.False(engine.Choose(1, FailureChoice.Skip, "ann", T)); // not the failed step
        Assert.True(engine.Choose(0, FailureChoice.Retry, "ann", T));
        step = engine.Next(T)!;
        Assert.Equal((0, 2), (step.Index, engine.State.Steps[0].Attempts));
        Assert.Equal(["p1"], engine.Unsent(step).Select(m => m.GroupId));
        engine.Succeeded(0, T);
        Assert.Equal(1, engine.Next(T)!.Index);
    }

    [Fact]
    public void Skip_moves_on_and_abort_ends_the_run()
    {
        var engine = Engine("  - kind: pause_announcements\n  - kind: resume_announcements\n");
        engine.Failed(engine.Next(T)!.Index, StepErrors.Exception("boom"), T);
        Assert.True(engine.Choose(0, FailureChoice.Skip, "ann", T));
        Assert.Equal((StepStatus.Skipped, "ann"), (engine.State.Steps[0].Status, engine.State.Steps[0].By));
        engine.Failed(engine.Next(T)!.Index, StepErrors.Exception("boom again"), T);
        Assert.True(engine.Choose(1, FailureChoice.Abort, "ann", T));
        Assert.Equal(RunStatus.Aborted, engine.State.Status);
        Assert.Null(engine.Next(T));
        Assert.False(engine.Abort(T));
    }

    [Fact]
    public void Blocking_steps_wait_for_the_clock_the_right_role_and_the_checklist()
    {
        var engine = Engine("""
              - kind: wait
                seconds: 30
              - kind: wait_ack
                role: Admin
              - kind: checklist
                text: 检查
              - kind: pause_announcements
            """);
        Assert.Null(engine.Next(T));
        Assert.Equal((RunStatus.Blocked, T.AddSeconds(30)), (engine.State.Status, engine.WakeUpAt));
        Assert.Null(engine.Next(T.AddSeconds(29)));
        Assert.Null(engine.Next(T.AddSeconds(30)));
        Assert.Equal(1, engine.State.Current);
        Assert.Null(engine.WakeUpAt);

        Assert.False(engine.Check(1, "op", T));
        Assert.False(engine.Acknowledge(1, ["Operator", "CrisisHandler"], "op", T));
        Assert.True(engine.Acknowledge(1, ["Admin"], "boss", T));
        Assert.Null(engine.Next(T));
        Assert.True(engine.Check(2, "op", T));
        Assert.Equal(StepKind.PauseAnnouncements, engine.Next(T)!.Kind);
        Assert.Equal("boss", engine.State.Steps[1].By);
    }

    [Fact]
    public void Delivery_reports_move_groups_forward_but_never_back_from_delivered()
    {
        var engine = Engine("  - kind: announce\n    text: hi\n");
        engine.Succeeded(engine.Next(T)!.Index, T);
        Assert.Equal(2, engine.ReportDeliveries(0, [("c1", StepDelivery.Delivered), ("c2", StepDelivery.Failed), ("nope", StepDelivery.Delivered)]));
        Assert.Equal(0, engine.ReportDeliveries(0, [("c1", StepDelivery.Failed)]));
        Assert.Equal(StepDelivery.Delivered, engine.State.Steps[0].Groups["c1"]);
    }

    [Fact]
    public void The_run_is_looked_at_again_by_itself_only_while_it_goes_on_without_a_person()
    {
        var period = TimeSpan.FromMinutes(1);
        var engine = Engine("""
              - kind: resume_announcements
              - kind: wait
                seconds: 30
              - kind: checklist
                text: 复盘
            """);
        var step = engine.Next(T)!;
        Assert.Equal(T + period, engine.LookAgainAt(T, period)); // a step is running
        engine.Succeeded(step.Index, T);
        Assert.Null(engine.Next(T));
        Assert.Equal(T.AddSeconds(30), engine.LookAgainAt(T, period)); // the wait's end
        Assert.Null(engine.Next(T.AddSeconds(30)));
        Assert.Null(engine.LookAgainAt(T.AddSeconds(30), period)); // the checklist waits for a person
        engine.Abort(T);
        Assert.Null(engine.LookAgainAt(T, period));
    }
}
