using LiveRoom.Domain.Announcements;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// How an incident follows its announcements through the outbox: which steps still have something
/// to learn, and what an outbox row means for a step's group. Plain, so the rules are unit-tested;
/// the incident grain does the asking (docs/playbooks.md, "Delivery follows the outbox").
/// </summary>
public static class OutboxFollow
{
    public static StepDelivery ToStep(DeliveryStatus outbox) => outbox switch
    {
        DeliveryStatus.Sent or DeliveryStatus.Posted => StepDelivery.Delivered,
        DeliveryStatus.Retrying => StepDelivery.Retrying,
        // A staff-posted notice nobody posted in time will not move by itself: like a dead letter it
        // needs a person, so the incident stops its one-second follow and picks up a later 已发 when read.
        DeliveryStatus.Failed or DeliveryStatus.Late => StepDelivery.DeadLettered,
        DeliveryStatus.Cancelled => StepDelivery.Cancelled,
        _ => StepDelivery.Queued,
    };

    /// <summary>Still moving on its own: the outbox will send, retry or give up without anyone acting.</summary>
    public static bool InFlight(StepDelivery s) => s is StepDelivery.Queued or StepDelivery.Retrying;

    /// <summary>May still change: in flight, or a dead letter / cancellation an operator can resend.</summary>
    public static bool Open(StepDelivery s) => InFlight(s) || s is StepDelivery.DeadLettered or StepDelivery.Cancelled;

    /// <summary>The steps with broadcasts whose groups match <paramref name="pending"/>, with their broadcast ids.</summary>
    public static IReadOnlyList<(int Step, IReadOnlyList<string> Broadcasts)> Steps(RunState run, Func<StepDelivery, bool> pending) =>
        run.Steps.Select((p, i) => (Step: i, Progress: p))
            .Where(x => x.Progress.Broadcasts.Count > 0 && x.Progress.Groups.Values.Any(pending))
            .Select(x => (x.Step, (IReadOnlyList<string>)x.Progress.Broadcasts))
            .ToList();
}
