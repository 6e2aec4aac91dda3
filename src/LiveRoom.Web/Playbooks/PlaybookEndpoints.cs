using System.Security.Claims;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Grains.Shared;
using LiveRoom.Web.Access;
using LiveRoom.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Playbooks;

/// <summary>Playbooks and incidents over HTTP (docs/http-api.md). Reading needs a login; acting needs HandleCrisis; editing the library needs Administer.</summary>
public static class PlaybookEndpoints
{
    public static IEndpointRouteBuilder MapPlaybookEndpoints(this IEndpointRouteBuilder app)
    {
        var library = app.MapGroup("/api/playbooks").RequireAuthorization().DisableAntiforgery().WithTags("Playbooks");
        library.MapGet("/", ListPlaybooks);
        library.MapGet("/{playbookId}", GetPlaybook);
        library.MapGet("/{playbookId}/source", GetPlaybookSource).RequireAuthorization(Policies.Administer);
        library.MapPost("/{playbookId}/revert", RevertPlaybook).RequireAuthorization(Policies.Administer);
        library.MapPut("/{playbookId}", SavePlaybook).RequireAuthorization(Policies.Administer);

        var api = app.MapGroup("/api/launches/{launchId}").RequireAuthorization().DisableAntiforgery().WithTags("Incidents");
        api.MapPost("/playbooks/{playbookId}/preview", PreviewPlaybook);
        // The board's one-click cards, as the dashboard shows them (computed from the launch's snapshot).
        api.MapGet("/playbooks/suggestions", GetSuggestions);
        api.MapPost("/playbooks/{playbookId}/trigger", TriggerPlaybook).RequireAuthorization(Policies.HandleCrisis);
        api.MapGet("/incidents", ListIncidents);
        api.MapGet("/incidents/{incidentId}", GetIncident);
        api.MapPatch("/incidents/{incidentId}", UpdateIncident).RequireAuthorization(Policies.HandleCrisis);
        api.MapPost("/incidents/{incidentId}/abort", AbortIncident).RequireAuthorization(Policies.HandleCrisis);
        api.MapPost("/incidents/{incidentId}/steps/{step:int}/choice", ChooseStep).RequireAuthorization(Policies.HandleCrisis);
        // Acknowledging changes a run, so viewers may not; beyond that the step names the role, checked against the user's roles.
        api.MapPost("/incidents/{incidentId}/steps/{step:int}/ack", AcknowledgeStep).RequireAuthorization(Policies.Operate);
        api.MapPost("/incidents/{incidentId}/steps/{step:int}/check", CheckStep).RequireAuthorization(Policies.HandleCrisis);

        return app;
    }

    public static Ok<PlaybookList> ListPlaybooks(PlaybookCatalog catalog) =>
        TypedResults.Ok(new PlaybookList(catalog.Current.Version, catalog.Current.All, catalog.Current.Errors));

    public static Results<Ok<PlaybookDefinition>, ProblemHttpResult> GetPlaybook(string playbookId, PlaybookCatalog catalog) =>
        catalog.Current.Get(playbookId) is { } p ? TypedResults.Ok(p) : UnknownPlaybook(playbookId);

    public static Results<Ok<PlaybookSource>, ProblemHttpResult> GetPlaybookSource(string playbookId, PlaybookCatalog catalog) =>
        catalog.Current.SourceOf(playbookId) is { } s ? TypedResults.Ok(SourceOf(catalog.Current, playbookId, s)) : UnknownPlaybook(playbookId);

    public static async Task<Results<Ok<PlaybookDefinition?>, ProblemHttpResult>> RevertPlaybook(string playbookId, PlaybookCatalog catalog) =>
        await catalog.RevertToFileAsync(playbookId)
            ? TypedResults.Ok<PlaybookDefinition?>(catalog.Current.Get(playbookId))
            : TypedResults.Problem(statusCode: 409, title: "Nothing to revert", detail: $"'{playbookId}' has no dashboard edit over a file.");

    public static async Task<Results<Ok<PlaybookDefinition?>, ProblemHttpResult>> SavePlaybook(
        string playbookId, HttpRequest request, PlaybookCatalog catalog, ClaimsPrincipal user)
    {
        if (!Domain.Setup.Ids.IsValid(playbookId)) return ApiProblems.Validation("playbookId", Domain.Setup.Ids.Rule);
        var (body, problem) = await ApiJson.ReadAsync<PlaybookSourceBody>(request);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(body!.Source)) return ApiProblems.Validation("source", "is required");
        var errors = await catalog.SaveAsync(playbookId, body.Source, Actor(user));
        return errors.Count == 0 ? TypedResults.Ok<PlaybookDefinition?>(catalog.Current.Get(playbookId)) : FileProblem(errors);
    }

    public static async Task<Results<Ok<PlaybookPreview>, ProblemHttpResult>> PreviewPlaybook(
        string launchId, string playbookId, HttpRequest request, PlaybookService service)
    {
        if (service.Library.Get(playbookId) is not { } playbook) return UnknownPlaybook(playbookId);
        var (body, problem) = await ApiJson.ReadAsync<TriggerBody>(request);
        if (problem is not null) return problem;
        var (plan, ctx, errors) = await service.Preview(launchId, playbook, body!);
        if (!errors.IsValid) return ApiProblems.Validation(errors.ToDictionary());
        return plan is null ? ApiProblems.UnknownLaunch(launchId) : TypedResults.Ok(PreviewOf(playbook, plan, ctx!));
    }

    public static async Task<Results<Ok<IEnumerable<SuggestionCard>>, ProblemHttpResult>> GetSuggestions(
        string launchId, IGrainFactory grains, BoardSuggestions suggestions) =>
        await grains.GetGrain<ILaunchGrain>(launchId).GetSnapshot() is { } snapshot
            ? TypedResults.Ok(suggestions.For(snapshot).Select(s => new SuggestionCard(s.Key, s.Playbook.Id, s.Playbook.Name, s.Signal, s.Subject, s.SkuId, s.Scope)))
            : ApiProblems.UnknownLaunch(launchId);

    public static async Task<Results<Created<TriggerReceipt>, Ok<TriggerReceipt>, ProblemHttpResult>> TriggerPlaybook(
        string launchId, string playbookId, HttpRequest request, PlaybookService service, ClaimsPrincipal user)
    {
        if (service.Library.Get(playbookId) is not { } playbook) return UnknownPlaybook(playbookId);
        var (body, problem) = await ApiJson.ReadAsync<TriggerBody>(request);
        if (problem is not null) return problem;
        // The header is the usual HTTP spelling of the body's clientToken; the body wins when both are sent.
        var key = body!.ClientToken ?? (request.Headers.TryGetValue("Idempotency-Key", out var header) ? header.ToString() : null);
        var (receipt, errors, changed) = await service.Trigger(launchId, playbook, body with { ClientToken = key }, Actor(user));
        if (!errors.IsValid) return ApiProblems.Validation(errors.ToDictionary());
        if (changed is not null) return PlanChanged(playbook, changed);
        if (receipt is null) return ApiProblems.UnknownLaunch(launchId);
        var location = $"/api/launches/{launchId}/incidents/{receipt.IncidentId}";
        return receipt.Created ? TypedResults.Created(location, receipt) : TypedResults.Ok(receipt);
    }

    public static async Task<Ok<IReadOnlyList<IncidentSummary>>> ListIncidents(string launchId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ILaunchIncidentsGrain>(launchId).List());

    public static async Task<Results<Ok<IncidentView>, ProblemHttpResult>> GetIncident(string launchId, string incidentId, IGrainFactory grains) =>
        await Incident(grains, launchId, incidentId).GetView() is { } v ? TypedResults.Ok(v) : UnknownIncident(incidentId);

    public static async Task<Results<Ok<IncidentView?>, ProblemHttpResult>> UpdateIncident(
        string launchId, string incidentId, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var (body, problem) = await ApiJson.ReadAsync<IncidentPatch>(request);
        if (problem is not null) return problem;
        if (body!.Owner is { Length: > 100 }) return ApiProblems.Validation("owner", "must be at most 100 characters");
        if (body.Note is { Length: > 2_000 }) return ApiProblems.Validation("note", "must be at most 2000 characters");
        var grain = Incident(grains, launchId, incidentId);
        if (await grain.GetView() is null) return UnknownIncident(incidentId);
        var update = await grain.Update(new IncidentChange { Actor = Actor(user), Status = body.Status, Owner = body.Owner?.Trim(), Note = body.Note });
        return update.Refused is { } refusal
            ? TypedResults.Problem(statusCode: 409, title: "Status cannot go back", detail: $"status: {refusal}.", extensions: new Dictionary<string, object?> { ["field"] = "status" })
            : TypedResults.Ok<IncidentView?>(await grain.GetView());
    }

    public static Task<Results<Ok<IncidentView?>, ProblemHttpResult>> AbortIncident(string launchId, string incidentId, IGrainFactory grains, ClaimsPrincipal user) =>
        Act(grains, launchId, incidentId, g => g.Abort(Actor(user)), "the run is already over");

    public static async Task<Results<Ok<IncidentView?>, ProblemHttpResult>> ChooseStep(
        string launchId, string incidentId, int step, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        var (body, problem) = await ApiJson.ReadAsync<ChoiceBody>(request);
        if (problem is not null) return problem;
        if (body!.Choice is not { } choice) return ApiProblems.Validation("choice", "is required: Retry, Skip or Abort");
        return await Act(grains, launchId, incidentId, g => g.Choose(step, choice, Actor(user)), $"step {step} has not failed or is not the current step");
    }

    public static Task<Results<Ok<IncidentView?>, ProblemHttpResult>> AcknowledgeStep(
        string launchId, string incidentId, int step, IGrainFactory grains, ClaimsPrincipal user) =>
        Act(grains, launchId, incidentId, g => g.Acknowledge(step, RolesOf(user), Actor(user)), $"step {step} is not waiting for an acknowledgement by one of your roles");

    public static Task<Results<Ok<IncidentView?>, ProblemHttpResult>> CheckStep(
        string launchId, string incidentId, int step, IGrainFactory grains, ClaimsPrincipal user) =>
        Act(grains, launchId, incidentId, g => g.Check(step, Actor(user)), $"step {step} is not a waiting checklist item");

    public sealed record PlaybookList(long Version, IReadOnlyList<PlaybookDefinition> Playbooks, IReadOnlyList<PlaybookError> Errors);

    public sealed record PlaybookSource(string Source, bool Edited, string? EditedBy, DateTimeOffset? EditedAt, bool CanRevert);

    public sealed record PlaybookPreview(string Playbook, TriggerScope Scope, int Groups, string PlanFingerprint, IReadOnlyList<PlannedStep> Steps);

    public sealed record SuggestionCard(string Key, string Playbook, string Name, PlaybookSignal Signal, string Subject, string? SkuId, TriggerScope Scope);

    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    public static IReadOnlyList<string> RolesOf(ClaimsPrincipal user) => user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    private static IIncidentGrain Incident(IGrainFactory grains, string launchId, string incidentId) =>
        grains.GetGrain<IIncidentGrain>(IncidentKey.Of(launchId, incidentId));

    private static async Task<Results<Ok<IncidentView?>, ProblemHttpResult>> Act(
        IGrainFactory grains, string launchId, string incidentId, Func<IIncidentGrain, Task<bool>> action, string conflict)
    {
        var grain = Incident(grains, launchId, incidentId);
        if (await grain.GetView() is null) return UnknownIncident(incidentId);
        return await action(grain)
            ? TypedResults.Ok<IncidentView?>(await grain.GetView())
            : TypedResults.Problem(statusCode: 409, title: "Not applicable now", detail: conflict);
    }

    /// <summary>The text in force, and whether it is an admin's edit rather than the file.</summary>
    private static PlaybookSource SourceOf(PlaybookLibrary library, string id, string source) =>
        library.EditOf(id) is { } edit
            ? new PlaybookSource(source, true, edit.By, edit.At, library.FileTextOf(id) is not null)
            : new PlaybookSource(source, false, null, null, false);

    /// <summary>File errors as a validation problem: key = path in the file, with file and line in the message.</summary>
    private static ProblemHttpResult FileProblem(IReadOnlyList<PlaybookError> errors) => ApiProblems.Validation(
        errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray()),
        title: "Invalid playbook", statusCode: 422);

    private static PlaybookPreview PreviewOf(PlaybookDefinition playbook, IReadOnlyList<PlannedStep> plan, PlanContext ctx) =>
        new(playbook.Id, ctx.Scope, ctx.Scope.Select(ctx.Groups).Count(), PlanFingerprint.Of(plan), plan);

    /// <summary>409 naming the field, with the fresh preview to review and confirm again.</summary>
    private static ProblemHttpResult PlanChanged(PlaybookDefinition playbook, PlanChange changed) => TypedResults.Problem(
        statusCode: 409,
        title: "The plan changed",
        detail: "planFingerprint: the plan is no longer the one previewed (groups, texts or the launch changed); review the new preview and confirm it.",
        extensions: new Dictionary<string, object?> { ["field"] = "planFingerprint", ["preview"] = PreviewOf(playbook, changed.Plan, changed.Context) });

    private static ProblemHttpResult UnknownPlaybook(string id) => TypedResults.Problem(statusCode: 404, title: "Unknown playbook", detail: $"There is no playbook '{id}'.");
    private static ProblemHttpResult UnknownIncident(string id) => TypedResults.Problem(statusCode: 404, title: "Unknown incident", detail: $"There is no incident '{id}'.");
}
