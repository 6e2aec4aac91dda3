using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// Runs a plan step by step, in order. It decides and records; it never does anything itself:
/// <see cref="Next"/> hands out the step to execute and the executor (the incident grain) reports
/// back with <see cref="Succeeded"/> or <see cref="Failed"/>. A failed step stops the run until a
/// person chooses retry, skip or abort; blocking steps wait for the clock, an acknowledgement by a
/// role, or a ticked checklist item.
/// </summary>
public sealed class RunEngine(RunState state)
{
    public RunState State => state;

    /// <summary>The step to execute now (marked running), or null when the run is waiting, failed or over.</summary>
    public PlannedStep? Next(DateTimeOffset now)
    {
        if (state.IsOver || state.Status == RunStatus.Failed) return null;
        while (state.Current < state.Plan.Count)
        {
            var step = state.Plan[state.Current];
            var progress = state.Steps[state.Current];
            switch (progress.Status)
            {
                case StepStatus.Done or StepStatus.Skipped or StepStatus.NotApplicable:
                    state.Current++;
                    continue;
                case StepStatus.Running or StepStatus.Failed:
                    return null;
                case StepStatus.Waiting:
                    if (step.Kind == StepKind.Wait && now >= progress.WaitUntil)
                    {
                        Finish(progress, StepStatus.Done, now);
                        continue;
                    }
                    state.Status = RunStatus.Blocked;
                    return null;
                default:
                    progress.StartedAt ??= now;
                    if (step.Kind.Blocks())
                    {
                        progress.Status = StepStatus.Waiting;
                        if (step.Kind == StepKind.Wait) progress.WaitUntil = now.AddSeconds(step.Seconds);
                        continue;
                    }
                    progress.Status = StepStatus.Running;
                    progress.Attempts++;
                    progress.Error = null;
                    progress.ErrorText = null;
                    state.Status = RunStatus.Running;
                    return step;
            }
        }
        state.Status = RunStatus.Completed;
        return null;
    }

    /// <summary>
    /// After a restart: a step that was running when the process died runs again as the same
    /// attempt (same idempotency key), so a send that did get through is not sent twice.
    /// </summary>
    public void Interrupted()
    {
        if (state.IsOver || state.Current >= state.Steps.Count || state.Steps[state.Current] is not { Status: StepStatus.Running } p) return;
        p.Status = StepStatus.Pending;
        p.Attempts--;
    }

    /// <summary>When the run should be looked at again by itself (a wait step), if ever.</summary>
    public DateTimeOffset? WakeUpAt =>
        !state.IsOver && state.Current < state.Plan.Count && state.Steps[state.Current] is { Status: StepStatus.Waiting, WaitUntil: { } at } ? at : null;

    /// <summary>
    /// When the run must be looked at again even if nobody calls (after a restart): at a wait's
    /// end, or within <paramref name="period"/> while a step runs; never while it waits for a
    /// person, has failed or is over, since then a person's call wakes it anyway.
    /// </summary>
    public DateTimeOffset? LookAgainAt(DateTimeOffset now, TimeSpan period) =>
        state.IsOver ? null : WakeUpAt ?? (state.Status == RunStatus.Running ? now + period : null);

    /// <summary>The messages of a sending step still to send: a retry resends only to groups that did not get it.</summary>
    public IReadOnlyList<GroupMessage> Unsent(PlannedStep step) =>
        step.Messages.Where(m => state.Steps[step.Index].Groups.GetValueOrDefault(m.GroupId) is StepDelivery.Pending or StepDelivery.Failed).ToList();

    public void Succeeded(int index, DateTimeOffset now)
    {
        var progress = Running(index);
        if (progress is null) return;
        foreach (var g in progress.Groups.Where(g => g.Value is StepDelivery.Pending or StepDelivery.Failed).Select(g => g.Key).ToList())
            progress.Groups[g] = StepDelivery.Queued;
        Finish(progress, StepStatus.Done, now);
        state.Status = RunStatus.Running;
    }

    /// <summary>The step failed (whole or for <paramref name="failedGroups"/>; the others were queued).</summary>
    public void Failed(int index, ServerText error, DateTimeOffset now, IReadOnlyCollection<string>? failedGroups = null)
    {
        var progress = Running(index);
        if (progress is null) return;
        foreach (var g in progress.Groups.Keys.ToList())
            if (progress.Groups[g] is StepDelivery.Pending or StepDelivery.Failed)
                progress.Groups[g] = failedGroups is null || failedGroups.Contains(g) ? StepDelivery.Failed : StepDelivery.Queued;
        progress.Status = StepStatus.Failed;
        progress.Error = null;
        progress.ErrorText = error;
        progress.FinishedAt = now;
        state.Status = RunStatus.Failed;
    }

    /// <summary>Applies a handler's choice to a failed step; false when the step is not failed.</summary>
    public bool Choose(int index, FailureChoice choice, string actor, DateTimeOffset now)
    {
        if (state.IsOver || index != state.Current || state.Steps[index].Status != StepStatus.Failed) return false;
        var progress = state.Steps[index];
        progress.By = actor;
        switch (choice)
        {
            case FailureChoice.Retry:
                progress.Status = StepStatus.Pending;
                progress.FinishedAt = null;
                state.Status = RunStatus.Running;
                break;
            case FailureChoice.Skip:
                Finish(progress, StepStatus.Skipped, now);
                state.Status = RunStatus.Running;
                break;
            default:
                Abort(now);
                break;
        }
        return true;
    }

    /// <summary>Acknowledges the waiting wait_ack step when one of <paramref name="roles"/> is the one asked for.</summary>
    public bool Acknowledge(int index, IReadOnlyCollection<string> roles, string actor, DateTimeOffset now)
    {
        if (!IsWaiting(index, StepKind.WaitAck) || !roles.Contains(state.Plan[index].Role!)) return false;
        state.Steps[index].By = actor;
        Finish(state.Steps[index], StepStatus.Done, now);
        state.Status = RunStatus.Running;
        return true;
    }

    /// <summary>Ticks off the waiting checklist step.</summary>
    public bool Check(int index, string actor, DateTimeOffset now)
    {
        if (!IsWaiting(index, StepKind.Checklist)) return false;
        state.Steps[index].By = actor;
        Finish(state.Steps[index], StepStatus.Done, now);
        state.Status = RunStatus.Running;
        return true;
    }

    public bool Abort(DateTimeOffset now)
    {
        if (state.IsOver) return false;
        foreach (var p in state.Steps.Where(p => p.Status is StepStatus.Pending or StepStatus.Waiting or StepStatus.Running or StepStatus.Failed))
            Finish(p, StepStatus.Skipped, now);
        state.Status = RunStatus.Aborted;
        return true;
    }

    /// <summary>Delivery reports from the outbox (queued → delivered / failed) for one step's groups.</summary>
    public int ReportDeliveries(int index, IEnumerable<(string GroupId, StepDelivery Status)> reports)
    {
        if (index < 0 || index >= state.Steps.Count) return 0;
        var groups = state.Steps[index].Groups;
        var changed = 0;
        foreach (var (groupId, status) in reports)
            if (groups.TryGetValue(groupId, out var old) && old != status && old != StepDelivery.Delivered)
            {
                groups[groupId] = status;
                changed++;
            }
        return changed;
    }

    private bool IsWaiting(int index, StepKind kind) =>
        !state.IsOver && index == state.Current && index < state.Plan.Count && state.Plan[index].Kind == kind && state.Steps[index].Status == StepStatus.Waiting;

    private StepProgress? Running(int index) =>
        index >= 0 && index < state.Steps.Count && state.Steps[index].Status == StepStatus.Running && !state.IsOver ? state.Steps[index] : null;

    private static void Finish(StepProgress progress, StepStatus status, DateTimeOffset now)
    {
        progress.Status = status;
        progress.FinishedAt = now;
        progress.WaitUntil = null;
    }
}
