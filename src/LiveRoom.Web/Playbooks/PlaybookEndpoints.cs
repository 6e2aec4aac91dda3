using System.Security.Claims;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Grains.Shared;
using LiveRoom.Web.Access;
using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Playbooks;

/// <summary>Playbooks and incidents over HTTP (docs/http-api.md). Reading needs a login; acting needs HandleCrisis; editing the library needs Administer.</summary>
public static class PlaybookEndpoints
{
    public static IEndpointRouteBuilder MapPlaybookEndpoints(this IEndpointRouteBuilder app)
    {
        var library = app.MapGroup("/api/playbooks").RequireAuthorization().DisableAntiforgery().WithTags("Playbooks");
        library.MapGet("/", (PlaybookCatalog catalog) => Results.Ok(new { version = catalog.Current.Version, playbooks = catalog.Current.All, errors = catalog.Current.Errors }));
        library.MapGet("/{playbookId}", (string playbookId, PlaybookCatalog catalog) =>
            catalog.Current.Get(playbookId) is { } p ? Results.Ok(p) : UnknownPlaybook(playbookId));
        library.MapGet("/{playbookId}/source", (string playbookId, PlaybookCatalog catalog) =>
            catalog.Current.SourceOf(playbookId) is { } s ? Results.Ok(SourceOf(catalog.Current, playbookId, s)) : UnknownPlaybook(playbookId)).RequireAuthorization(Policies.Administer);
        library.MapPost("/{playbookId}/revert", async (string playbookId, PlaybookCatalog catalog) =>
            await catalog.RevertToFileAsync(playbookId)
                ? Results.Ok(catalog.Current.Get(playbookId))
                : Results.Problem(statusCode: 409, title: "Nothing to revert", detail: $"'{playbookId}' has no dashboard edit over a file.")).RequireAuthorization(Policies.Administer);
        library.MapPut("/{playbookId}", async (string playbookId, HttpRequest request, PlaybookCatalog catalog, ClaimsPrincipal user) =>
        {
            if (!Domain.Setup.Ids.IsValid(playbookId)) return Results.ValidationProblem(new Dictionary<string, string[]> { ["playbookId"] = [Domain.Setup.Ids.Rule] });
            var (body, problem) = await ApiJson.ReadAsync<PlaybookSourceBody>(request);
            if (problem is not null) return problem;
            if (string.IsNullOrWhiteSpace(body!.Source)) return Results.ValidationProblem(new Dictionary<string, string[]> { ["source"] = ["is required"] });
            var errors = await catalog.SaveAsync(playbookId, body.Source, Actor(user));
            return errors.Count == 0 ? Results.Ok(catalog.Current.Get(playbookId)) : FileProblem(errors);
        }).RequireAuthorization(Policies.Administer);

        var api = app.MapGroup("/api/launches/{launchId}").RequireAuthorization().DisableAntiforgery().WithTags("Incidents");
        api.MapPost("/playbooks/{playbookId}/preview", async (string launchId, string playbookId, HttpRequest request, PlaybookService service) =>
        {
            if (service.Library.Get(playbookId) is not { } playbook) return UnknownPlaybook(playbookId);
            var (body, problem) = await ApiJson.ReadAsync<TriggerBody>(request);
            if (problem is not null) return problem;
            var (plan, ctx, errors) = await service.Preview(launchId, playbook, body!);
            if (!errors.IsValid) return Results.ValidationProblem(errors.ToDictionary());
            return plan is null ? UnknownLaunch(launchId) : Results.Ok(PreviewOf(playbook, plan, ctx!));
        });
        // The board's one-click cards, as the dashboard shows them (computed from the launch's snapshot).
        api.MapGet("/playbooks/suggestions", async (string launchId, IGrainFactory grains, BoardSuggestions suggestions) =>
            await grains.GetGrain<ILaunchGrain>(launchId).GetSnapshot() is { } snapshot
                ? Results.Ok(suggestions.For(snapshot).Select(s => new { s.Key, playbook = s.Playbook.Id, s.Playbook.Name, s.Signal, s.Subject, s.SkuId, s.Scope }))
                : UnknownLaunch(launchId));
        api.MapPost("/playbooks/{playbookId}/trigger", async (string launchId, string playbookId, HttpRequest request, PlaybookService service, ClaimsPrincipal user) =>
        {
            if (service.Library.Get(playbookId) is not { } playbook) return UnknownPlaybook(playbookId);
            var (body, problem) = await ApiJson.ReadAsync<TriggerBody>(request);
            if (problem is not null) return problem;
            // The header is the usual HTTP spelling of the body's clientToken; the body wins when both are sent.
            var key = body!.ClientToken ?? (request.Headers.TryGetValue("Idempotency-Key", out var header) ? header.ToString() : null);
            var (receipt, errors, changed) = await service.Trigger(launchId, playbook, body with { ClientToken = key }, Actor(user));
            if (!errors.IsValid) return Results.ValidationProblem(errors.ToDictionary());
            if (changed is not null) return PlanChanged(playbook, changed);
            if (receipt is null) return UnknownLaunch(launchId);
            var location = $"/api/launches/{launchId}/incidents/{receipt.IncidentId}";
            return receipt.Created ? Results.Created(location, receipt) : Results.Ok(receipt);
        }).RequireAuthorization(Policies.HandleCrisis);

        api.MapGet("/incidents", async (string launchId, IGrainFactory grains) => Results.Ok(await grains.GetGrain<ILaunchIncidentsGrain>(launchId).List()));
        api.MapGet("/incidents/{incidentId}", async (string launchId, string incidentId, IGrainFactory grains) =>
            await Incident(grains, launchId, incidentId).GetView() is { } v ? Results.Ok(v) : UnknownIncident(incidentId));

        api.MapPatch("/incidents/{incidentId}", async (string launchId, string incidentId, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        {
            var (body, problem) = await ApiJson.ReadAsync<IncidentPatch>(request);
            if (problem is not null) return problem;
            if (body!.Owner is { Length: > 100 }) return Results.ValidationProblem(new Dictionary<string, string[]> { ["owner"] = ["must be at most 100 characters"] });
            if (body.Note is { Length: > 2_000 }) return Results.ValidationProblem(new Dictionary<string, string[]> { ["note"] = ["must be at most 2000 characters"] });
            var grain = Incident(grains, launchId, incidentId);
            if (await grain.GetView() is null) return UnknownIncident(incidentId);
            var update = await grain.Update(new IncidentChange { Actor = Actor(user), Status = body.Status, Owner = body.Owner?.Trim(), Note = body.Note });
            return update.Refused is { } refusal
                ? Results.Problem(statusCode: 409, title: "Status cannot go back", detail: $"status: {refusal}.", extensions: new Dictionary<string, object?> { ["field"] = "status" })
                : Results.Ok(await grain.GetView());
        }).RequireAuthorization(Policies.HandleCrisis);

        api.MapPost("/incidents/{incidentId}/abort", (string launchId, string incidentId, IGrainFactory grains, ClaimsPrincipal user) =>
            Act(grains, launchId, incidentId, g => g.Abort(Actor(user)), "the run is already over")).RequireAuthorization(Policies.HandleCrisis);

        api.MapPost("/incidents/{incidentId}/steps/{step:int}/choice", async (string launchId, string incidentId, int step, HttpRequest request, IGrainFactory grains, ClaimsPrincipal user) =>
        {
            var (body, problem) = await ApiJson.ReadAsync<ChoiceBody>(request);
            if (problem is not null) return problem;
            if (body!.Choice is not { } choice) return Results.ValidationProblem(new Dictionary<string, string[]> { ["choice"] = ["is required: Retry, Skip or Abort"] });
            return await Act(grains, launchId, incidentId, g => g.Choose(step, choice, Actor(user)), $"step {step} has not failed or is not the current step");
        }).RequireAuthorization(Policies.HandleCrisis);

        // Acknowledging changes a run, so viewers may not; beyond that the step names the role, checked against the user's roles.
        api.MapPost("/incidents/{incidentId}/steps/{step:int}/ack", (string launchId, string incidentId, int step, IGrainFactory grains, ClaimsPrincipal user) =>
            Act(grains, launchId, incidentId, g => g.Acknowledge(step, RolesOf(user), Actor(user)), $"step {step} is not waiting for an acknowledgement by one of your roles"))
            .RequireAuthorization(Policies.Operate);

        api.MapPost("/incidents/{incidentId}/steps/{step:int}/check", (string launchId, string incidentId, int step, IGrainFactory grains, ClaimsPrincipal user) =>
            Act(grains, launchId, incidentId, g => g.Check(step, Actor(user)), $"step {step} is not a waiting checklist item")).RequireAuthorization(Policies.HandleCrisis);

        return app;
    }

    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    public static IReadOnlyList<string> RolesOf(ClaimsPrincipal user) => user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    private static IIncidentGrain Incident(IGrainFactory grains, string launchId, string incidentId) =>
        grains.GetGrain<IIncidentGrain>(IncidentKey.Of(launchId, incidentId));

    private static async Task<IResult> Act(IGrainFactory grains, string launchId, string incidentId, Func<IIncidentGrain, Task<bool>> action, string conflict)
    {
        var grain = Incident(grains, launchId, incidentId);
        if (await grain.GetView() is null) return UnknownIncident(incidentId);
        return await action(grain)
            ? Results.Ok(await grain.GetView())
            : Results.Problem(statusCode: 409, title: "Not applicable now", detail: conflict);
    }

    /// <summary>The text in force, and whether it is an admin's edit rather than the file.</summary>
    private static object SourceOf(PlaybookLibrary library, string id, string source) =>
        library.EditOf(id) is { } edit
            ? new { source, edited = true, editedBy = (string?)edit.By, editedAt = (DateTimeOffset?)edit.At, canRevert = library.FileTextOf(id) is not null }
            : new { source, edited = false, editedBy = (string?)null, editedAt = (DateTimeOffset?)null, canRevert = false };

    /// <summary>File errors as a validation problem: key = path in the file, with file and line in the message.</summary>
    private static IResult FileProblem(IReadOnlyList<PlaybookError> errors) => Results.ValidationProblem(
        errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray()),
        title: "Invalid playbook", statusCode: 422);

    private static object PreviewOf(PlaybookDefinition playbook, IReadOnlyList<PlannedStep> plan, PlanContext ctx) => new
    {
        playbook = playbook.Id,
        scope = ctx.Scope,
        groups = ctx.Scope.Select(ctx.Groups).Count(),
        planFingerprint = PlanFingerprint.Of(plan),
        steps = plan,
    };

    /// <summary>409 naming the field, with the fresh preview to review and confirm again.</summary>
    private static IResult PlanChanged(PlaybookDefinition playbook, PlanChange changed) => Results.Problem(
        statusCode: 409,
        title: "The plan changed",
        detail: "planFingerprint: the plan is no longer the one previewed (groups, texts or the launch changed); review the new preview and confirm it.",
        extensions: new Dictionary<string, object?> { ["field"] = "planFingerprint", ["preview"] = PreviewOf(playbook, changed.Plan, changed.Context) });

    private static IResult UnknownPlaybook(string id) => Results.Problem(statusCode: 404, title: "Unknown playbook", detail: $"There is no playbook '{id}'.");
    private static IResult UnknownLaunch(string id) => Results.Problem(statusCode: 404, title: "Unknown launch", detail: $"There is no launch '{id}'.");
    private static IResult UnknownIncident(string id) => Results.Problem(statusCode: 404, title: "Unknown incident", detail: $"There is no incident '{id}'.");
}
