using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Setup;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Playbooks;

namespace LiveRoom.Web.Playbooks;

/// <summary>
/// Preview and trigger, shared by the API and the dashboard: both plan with the launch as it is
/// now (definition, groups, phase, inventory); the preview's fingerprint sent back with the
/// trigger makes sure what runs is exactly what was previewed.
/// </summary>
public sealed class PlaybookService(PlaybookCatalog catalog, IGrainFactory grains, TimeProvider clock)
{
    /// <summary>The library as this node last read it from the cluster.</summary>
    public PlaybookLibrary Library => catalog.Current;

    /// <summary>The plan, or the validation errors of the request (field → messages), or null plan and no errors when the launch does not exist.</summary>
    public async Task<(IReadOnlyList<PlannedStep>? Plan, PlanContext? Context, ValidationErrors Errors)> Preview(string launchId, PlaybookDefinition playbook, TriggerBody body)
    {
        var errors = new ValidationErrors();
        var launch = grains.GetGrain<ILaunchGrain>(launchId);
        if (await launch.GetDefinition() is not { } definition) return (null, null, errors);
        var groups = await launch.GetGroups();
        var scope = new TriggerScope { Kind = body.Scope ?? ScopeKind.Launch, GroupIds = body.GroupIds ?? [], Tier = body.Tier };
        switch (scope.Kind)
        {
            case ScopeKind.Group when scope.GroupIds.Count != 1:
                errors.Add("groupIds", "a group scope needs exactly one group id");
                break;
            case ScopeKind.Groups when scope.GroupIds.Count == 0:
                errors.Add("groupIds", "a groups scope needs at least one group id");
                break;
            case ScopeKind.Tier when scope.Tier is null:
                errors.Add("tier", "a tier scope needs a tier (Pond, Transit or Core)");
                break;
        }
        var known = groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in scope.GroupIds.Where(id => !known.Contains(id)).Take(5))
            errors.Add("groupIds", $"the launch has no group '{unknown}'");
        if (body.SkuId is { } sku && definition.Skus.All(s => s.Id != sku)) errors.Add("skuId", $"the launch has no SKU '{sku}'");
        if (!errors.IsValid) return (null, null, errors);

        var snapshot = await launch.GetSnapshot();
        var ctx = new PlanContext(definition, groups, PhaseClock.PhaseAt(definition, clock.GetUtcNow()), snapshot?.Skus ?? [], scope, body.SkuId);
        return (PlaybookPlanner.Plan(playbook, ctx), ctx, errors);
    }

    /// <summary>
    /// Re-plans and starts the run. When the caller sends the fingerprint of the preview it
    /// confirmed and the plan has changed since, nothing starts: the result carries the fresh plan
    /// to review again (see <see cref="PlanFingerprint"/>).
    /// </summary>
    public async Task<TriggerResult> Trigger(string launchId, PlaybookDefinition playbook, TriggerBody body, string actor)
    {
        var (plan, ctx, errors) = await Preview(launchId, playbook, body);
        if (string.IsNullOrWhiteSpace(body.ClientToken) || body.ClientToken.Length > 100)
            errors.Add("clientToken", "is required (1-100 characters, or the Idempotency-Key header), one per confirmation, so a repeated request starts no second run");
        if (plan is null || !errors.IsValid) return new TriggerResult(null, errors);
        if (body.PlanFingerprint is { } shown && shown != PlanFingerprint.Of(plan))
            return new TriggerResult(null, errors, new PlanChange(plan, ctx!));
        var request = new TriggerRequest
        {
            IdempotencyKey = $"{playbook.Id}|{ctx!.Scope}|{body.SkuId}|{body.ClientToken}",
            Playbook = playbook,
            Scope = ctx.Scope,
            SkuId = body.SkuId,
            Actor = actor,
            Plan = plan,
            GroupIds = ctx.Scope.Select(ctx.Groups).Select(g => g.Id).Order(StringComparer.Ordinal).ToList(),
        };
        return new TriggerResult(await grains.GetGrain<ILaunchIncidentsGrain>(launchId).Trigger(request), errors);
    }
}
