using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// Turns a playbook and the launch's current state into the exact plan of a run: the preview the
/// handler confirms is this plan, and the run executes the same plan, so what was shown is what
/// is sent. Steps are rendered in order, so an announce after a swap_link carries the new link.
/// </summary>
public static class PlaybookPlanner
{
    public static IReadOnlyList<PlannedStep> Plan(PlaybookDefinition playbook, PlanContext ctx)
    {
        var targets = ctx.Scope.Select(ctx.Groups).OrderBy(g => g.Id, StringComparer.Ordinal).ToList();
        var sku = ctx.SkuId is null ? null : ctx.Skus.FirstOrDefault(s => s.SkuId == ctx.SkuId);
        var link = ctx.Launch.SaleLink;
        var steps = new List<PlannedStep>(playbook.Steps.Count);
        for (var i = 0; i < playbook.Steps.Count; i++)
        {
            var step = playbook.Steps[i];
            var planned = new PlannedStep { Index = i, Kind = step.Kind, Title = string.IsNullOrEmpty(step.Title) ? step.Kind.Name() : step.Title };
            var reason = NotApplicable(step.When, ctx, sku?.SoldOut);
            if (reason is not null)
            {
                steps.Add(planned with { Applies = false, NotApplicable = reason });
                continue;
            }
            var stepTargets = step.When.Tiers.Count == 0 ? targets : targets.Where(g => step.When.Tiers.Contains(g.Tier)).ToList();
            Dictionary<string, string?> Values(GroupRegistration? g) => new(StringComparer.Ordinal)
            {
                ["group"] = g?.Name, ["sku"] = sku?.Name ?? ctx.SkuId, ["link"] = link, ["launch"] = ctx.Launch.Name,
            };
            string Render(string text, GroupRegistration? g) => PlaybookText.TryParse(text, out _)?.Render(Values(g)) ?? text;

            planned = step.Kind switch
            {
                StepKind.Announce or StepKind.Cue => stepTargets.Count == 0
                    ? planned with { Applies = false, NotApplicable = RunTexts.NoTargetGroup }
                    : planned with { Messages = stepTargets.Select(g => new GroupMessage(g.Id, Render(step.Text!, g))).ToList(), CueKind = step.CueKind },
                StepKind.PauseSku => string.IsNullOrEmpty(step.Sku) && ctx.SkuId is null
                    ? planned with { Applies = false, NotApplicable = RunTexts.NoSku }
                    : planned with { SkuId = string.IsNullOrEmpty(step.Sku) ? ctx.SkuId : step.Sku, Paused = step.Paused },
                StepKind.SwapLink => planned with { Link = link = step.Link },
                StepKind.Notify => planned with { Target = step.Target, Text = Render(step.Text ?? playbook.Name, null) },
                StepKind.Checklist => planned with { Text = Render(step.Text!, null) },
                StepKind.WaitAck => planned with { Role = step.Role },
                StepKind.Wait => planned with { Seconds = step.Seconds },
                _ => planned,
            };
            steps.Add(planned);
        }
        return steps;
    }

    /// <summary>Null when the condition holds, else the reason it does not.</summary>
    public static ServerText? NotApplicable(StepCondition when, PlanContext ctx, bool? skuSoldOut)
    {
        if (when.Phases.Count > 0 && !when.Phases.Contains(ctx.Phase))
            return RunTexts.OnlyInPhase(when.Phases.Cast<object>(), ctx.Phase);
        if (when.SkuSoldOut is { } wanted && (skuSoldOut ?? false) != wanted)
            return RunTexts.SkuSoldOut(!wanted);
        return null;
    }
}
