using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// The sentences of an incident and its run, as codes and arguments (<see cref="ServerText"/>);
/// the dashboard has the words (<c>text.{code}</c> in PlaybookTexts). Each code is also the
/// timeline entry's action, which the review and tests look for, so the codes never change.
/// Steps are numbered from 1 here, as people count them.
/// </summary>
public static class RunTexts
{
    public static ServerText Triggered(string playbook, TriggerScope scope, int groups) =>
        ServerText.Of("incident.triggered", ("playbook", playbook), ("scope", scope), ("groups", groups));

    /// <summary>The run's first step starts: the incident is being mitigated.</summary>
    public static ServerText Mitigating(string playbook) => ServerText.Of("incident.mitigating", ("playbook", playbook));

    /// <summary>A person moved the status (mitigating or resolved; there is no way back to triggered).</summary>
    public static ServerText Status(string status, string playbook) =>
        ServerText.Of($"incident.{status.ToLowerInvariant()}", ("playbook", playbook));

    /// <summary>An empty owner reads as "none" (<c>pb.owner.</c>).</summary>
    public static ServerText Owner(string owner) => ServerText.Of("incident.owner", ("owner", owner));

    public static ServerText Aborted(string playbook) => ServerText.Of("playbook.aborted", ("playbook", playbook));

    /// <summary>A handler's choice on a failed step; abort is the run's abort, at that step.</summary>
    public static ServerText Chosen(FailureChoice choice, string playbook, PlannedStep step) => ServerText.Of(
        choice switch { FailureChoice.Retry => "playbook.step_retried", FailureChoice.Skip => "playbook.step_skipped", _ => "playbook.aborted" },
        ("playbook", playbook), ("step", step.Index + 1), ("title", step.Title));

    public static ServerText Acknowledged(PlannedStep step) => ServerText.Of("playbook.acknowledged", ("step", step.Index + 1), ("title", step.Title));

    public static ServerText Checked(PlannedStep step) => ServerText.Of("playbook.checked", ("step", step.Index + 1), ("title", step.Title));

    /// <summary>
    /// Done. A sending step says how many groups it queued: <c>result</c> "queued", <c>sent</c> and
    /// <c>unit</c> "groups" (the words around the number come from <c>pb.stepResult.*</c> and
    /// <c>pb.stepUnit.*</c>); any other step has result "done" and neither number nor unit.
    /// </summary>
    public static ServerText StepDone(string playbook, PlannedStep step, int sent) => step.Kind.SendsToGroups()
        ? ServerText.Of("playbook.step_done", ("playbook", playbook), ("step", step.Index + 1), ("title", step.Title), ("result", "queued"), ("sent", sent), ("unit", "groups"))
        : ServerText.Of("playbook.step_done", ("playbook", playbook), ("step", step.Index + 1), ("title", step.Title), ("result", "done"));

    public static ServerText StepFailed(string playbook, PlannedStep step, ServerText error) => ServerText.Of("playbook.step_failed",
        ("playbook", playbook), ("step", step.Index + 1), ("title", step.Title), ("error", error));

    /// <summary>Why a step does not apply (<see cref="PlannedStep.NotApplicable"/>).</summary>
    public static ServerText OnlyInPhase(IEnumerable<object> phases, object phase) =>
        ServerText.Of("playbook.only_in_phase", ("phases", string.Join("/", phases)), ("phase", phase));

    public static ServerText SkuSoldOut(bool soldOut) => ServerText.Of(soldOut ? "playbook.sku_sold_out" : "playbook.sku_not_sold_out");

    public static readonly ServerText NoTargetGroup = ServerText.Of("playbook.no_target_group");

    public static readonly ServerText NoSku = ServerText.Of("playbook.no_sku");
}
