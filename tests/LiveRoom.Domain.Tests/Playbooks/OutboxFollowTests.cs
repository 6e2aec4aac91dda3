using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Domain.Tests.Playbooks;

public class OutboxFollowTests
{
    [Theory]
    [InlineData(DeliveryStatus.Queued, StepDelivery.Queued)]
    [InlineData(DeliveryStatus.Sent, StepDelivery.Delivered)]
    [InlineData(DeliveryStatus.Retrying, StepDelivery.Retrying)]
    [InlineData(DeliveryStatus.Failed, StepDelivery.DeadLettered)]
    [InlineData(DeliveryStatus.Cancelled, StepDelivery.Cancelled)]
    [InlineData(DeliveryStatus.Due, StepDelivery.Queued)]
    [InlineData(DeliveryStatus.Posted, StepDelivery.Delivered)]
    [InlineData(DeliveryStatus.Late, StepDelivery.DeadLettered)]
    public void Outbox_statuses_map_to_step_deliveries(DeliveryStatus outbox, StepDelivery step) =>
        Assert.Equal(step, OutboxFollow.ToStep(outbox));

    [Fact]
    public void Only_steps_with_broadcasts_and_open_groups_are_followed_and_the_timer_only_for_in_flight_ones()
    {
        var run = new RunState
        {
            Steps =
            [
                new StepProgress { Broadcasts = ["now-1"], Groups = new() { ["a"] = StepDelivery.Delivered, ["b"] = StepDelivery.DeadLettered } },
                new StepProgress { Broadcasts = ["now-2", "now-3"], Groups = new() { ["a"] = StepDelivery.Retrying } },
                new StepProgress { Groups = new() { ["a"] = StepDelivery.Queued } }, // a cue: nothing in the outbox to follow
                new StepProgress { Broadcasts = ["now-4"], Groups = new() { ["a"] = StepDelivery.Delivered } },
            ],
        };
        Assert.Equal([0, 1], OutboxFollow.Steps(run, OutboxFollow.Open).Select(s => s.Step));
        Assert.Equal([1], OutboxFollow.Steps(run, OutboxFollow.InFlight).Select(s => s.Step));
        Assert.Equal(["now-2", "now-3"], OutboxFollow.Steps(run, OutboxFollow.InFlight)[0].Broadcasts);
    }

    [Fact]
    public void A_delivered_group_stays_delivered_and_a_resent_dead_letter_moves_on()
    {
        var run = new RunState { Steps = [new StepProgress { Groups = new() { ["a"] = StepDelivery.Delivered, ["b"] = StepDelivery.DeadLettered } }] };
        var engine = new RunEngine(run);
        Assert.Equal(1, engine.ReportDeliveries(0, [("a", StepDelivery.Retrying), ("b", StepDelivery.Queued)]));
        Assert.Equal((StepDelivery.Delivered, StepDelivery.Queued), (run.Steps[0].Groups["a"], run.Steps[0].Groups["b"]));
    }
}
