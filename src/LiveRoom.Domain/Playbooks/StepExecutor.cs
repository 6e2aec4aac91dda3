using System.Globalization;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// Carries out the step <see cref="RunEngine.Next"/> handed out, through <see cref="IStepEffects"/>,
/// and reports the outcome back to the engine: <see cref="RunEngine"/> decides, this does, and the
/// incident grain only keeps it alive and durable. A step that throws fails like one whose effect
/// says no, so the handler gets the failure choices either way.
/// </summary>
public sealed class StepExecutor(RunState run, RunSubject subject, IStepEffects effects, TimeProvider clock)
{
    /// <summary>Executes the running step, marks it done or failed, and says what happened.</summary>
    public async Task<StepReport> Execute(PlannedStep step)
    {
        Outcome outcome;
        try
        {
            outcome = await Do(step, AttemptKey(subject.IncidentId, step.Index, run.Steps[step.Index].Attempts));
        }
        catch (Exception ex)
        {
            outcome = new(0, StepErrors.Exception(ex.Message));
        }

        var engine = new RunEngine(run);
        var now = clock.GetUtcNow();
        var groups = step.Kind.SendsToGroups() ? step.Messages.Select(m => m.GroupId).ToList() : [];
        if (outcome.Error is null)
        {
            engine.Succeeded(step.Index, now);
            return new StepReport(RunTexts.StepDone(subject.PlaybookName, step, outcome.Sent), groups, outcome.Sent);
        }
        engine.Failed(step.Index, outcome.Error, now, outcome.FailedGroups);
        return new StepReport(RunTexts.StepFailed(subject.PlaybookName, step, outcome.Error), outcome.FailedGroups ?? groups, outcome.Sent);
    }

    /// <summary>
    /// "{incident}/{step}/{attempt}": the same attempt replayed after a crash (<see cref="RunEngine.Interrupted"/>)
    /// has the same key, so whoever receives it drops the copy; a retry is a new attempt.
    /// </summary>
    public static string AttemptKey(string incidentId, int step, int attempt) =>
        string.Create(CultureInfo.InvariantCulture, $"{incidentId}/{step}/{attempt}");

    private Task<Outcome> Do(PlannedStep step, string attempt) => step.Kind switch
    {
        StepKind.Announce or StepKind.Cue => Send(step, attempt),
        StepKind.PauseAnnouncements => Done(effects.PauseAnnouncements(subject.PlaybookName)),
        StepKind.ResumeAnnouncements => Done(effects.ResumeAnnouncements()),
        StepKind.PauseSku => PauseSku(step),
        StepKind.SwapLink => Done(effects.SwapLink(step.Link!)),
        StepKind.Notify => Notify(step, attempt),
        // The blocking steps wait in the engine and are never handed out.
        _ => Task.FromResult(new Outcome(0, null)),
    };

    /// <summary>Sends only to the groups that did not get the step yet (a retry resends the failed ones).</summary>
    private async Task<Outcome> Send(PlannedStep step, string attempt)
    {
        var unsent = new RunEngine(run).Unsent(step);
        var dispatch = new PlaybookDispatch
        {
            LaunchId = subject.LaunchId, IncidentId = subject.IncidentId, StepIndex = step.Index, Actor = subject.Actor,
            IdempotencyKey = attempt, CueKind = step.CueKind, Messages = unsent,
        };
        var receipt = step.Kind == StepKind.Announce ? await effects.Announce(dispatch) : await effects.Cue(dispatch);
        // The announcement id of this attempt: its outbox rows are this step's delivery from here on.
        var broadcasts = run.Steps[step.Index].Broadcasts;
        if (step.Kind == StepKind.Announce && receipt.RefId is { } broadcast && !broadcasts.Contains(broadcast))
            broadcasts.Add(broadcast);
        var sent = unsent.Count - receipt.FailedGroups.Count;
        if (receipt.Error is null && receipt.FailedGroups.Count == 0) return new(sent, null);
        return new(sent, receipt.Error ?? StepErrors.GroupsNotQueued(receipt.FailedGroups.Count), receipt.FailedGroups.Count > 0 ? receipt.FailedGroups : null);
    }

    private async Task<Outcome> PauseSku(PlannedStep step) =>
        await effects.SetSkuPaused(step.SkuId!, step.Paused) ? new(0, null) : new(0, StepErrors.SkuMissing(step.SkuId!));

    private async Task<Outcome> Notify(PlannedStep step, string attempt) =>
        new(0, await effects.Notify(step.Target!, step.Text ?? "", attempt));

    private static async Task<Outcome> Done(Task effect)
    {
        await effect;
        return new(0, null);
    }

    /// <summary>Groups queued; why it failed (null: it did not); the groups that did not get it (null: all or none).</summary>
    private sealed record Outcome(int Sent, ServerText? Error, IReadOnlyList<string>? FailedGroups = null);
}
