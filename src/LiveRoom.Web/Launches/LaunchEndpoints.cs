using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Setup;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Shared;
using LiveRoom.Web.Access;
using LiveRoom.Web.Ingestion;
using LiveRoom.Web.Shared;
using LiveRoom.Web.Timeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Launches;

/// <summary>Launch setup over HTTP (docs/http-api.md); every call needs a logged-in user.</summary>
public static class LaunchEndpoints
{
    public const int MaxImportBytes = 8 * 1024 * 1024;

    public static IEndpointRouteBuilder MapLaunchEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/launches").RequireAuthorization().DisableAntiforgery().WithTags("Launches");

        api.MapGet("/", ListLaunches);
        api.MapPost("/", CreateLaunch).RequireAuthorization(Policies.Operate);
        api.MapGet("/{launchId}", GetLaunch);
        api.MapPut("/{launchId}", SaveLaunch).RequireAuthorization(Policies.Operate);
        api.MapPut("/{launchId}/phase", OverridePhase).RequireAuthorization(Policies.Operate);
        api.MapGet("/{launchId}/keys", GetKeys).RequireAuthorization(Policies.Operate);
        api.MapPost("/{launchId}/keys/rotate", RotateKeys).RequireAuthorization(Policies.Operate);
        // Revoked keys get 401 until a rotation: at once on this node, within the catalog cache age (5 s) on others.
        api.MapPost("/{launchId}/keys/revoke", RevokeKeys).RequireAuthorization(Policies.Operate);
        api.MapGet("/{launchId}/snapshot", GetSnapshot);
        api.MapGet("/{launchId}/groups", ListGroups);
        api.MapPut("/{launchId}/groups/{groupId}", RegisterGroup).RequireAuthorization(Policies.Operate);
        api.MapGet("/{launchId}/groups/{groupId}", GetGroup);
        api.MapPost("/{launchId}/groups/import", ImportGroups).RequireAuthorization(Policies.Operate);

        return app;
    }

    public static async Task<Ok<IReadOnlyList<LaunchSummary>>> ListLaunches(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ILaunchIndexGrain>(0).List());

    public static async Task<Results<Created<LaunchCreated>, ProblemHttpResult>> CreateLaunch(
        HttpRequest request, IGrainFactory grains, TimeProvider clock, OperatorLog log)
    {
        var (body, problem) = await ApiJson.ReadAsync<LaunchDto>(request);
        if (problem is not null) return problem;
        var id = string.IsNullOrWhiteSpace(body!.Id) ? NewLaunchId(clock) : body.Id;
        var grain = grains.GetGrain<ILaunchGrain>(Ids.IsValid(id) ? id : "invalid");
        if (Ids.IsValid(id) && await grain.GetDefinition() is not null)
            return TypedResults.Problem(statusCode: 409, title: "Launch exists", detail: $"A launch '{id}' already exists; use PUT to change it.");
        var (definition, errors) = body.ToDefinition(id, null);
        if (definition is null) return ApiProblems.Validation(errors.ToDictionary());
        var saved = await grain.Save(definition);
        await log.RecordAsync(saved.Id, request.HttpContext.User, OperatorActions.Created(saved));
        var keys = await grain.GetKeys();
        return TypedResults.Created($"/api/launches/{saved.Id}", new LaunchCreated(LaunchDto.From(saved), keys));
    }

    public static async Task<Results<Ok<LaunchView>, ProblemHttpResult>> GetLaunch(string launchId, IGrainFactory grains, TimeProvider clock) =>
        await grains.GetGrain<ILaunchGrain>(launchId).GetDefinition() is { } d
            ? TypedResults.Ok(new LaunchView(LaunchDto.From(d), PhaseClock.PhaseAt(d, clock.GetUtcNow())))
            : ApiProblems.UnknownLaunch(launchId);

    public static async Task<Results<Ok<LaunchSaved>, ProblemHttpResult>> SaveLaunch(
        string launchId, HttpRequest request, IGrainFactory grains, CatalogCache catalogs, OperatorLog log)
    {
        var grain = grains.GetGrain<ILaunchGrain>(launchId);
        if (await grain.GetDefinition() is not { } existing) return ApiProblems.UnknownLaunch(launchId);
        var (body, problem) = await ApiJson.ReadAsync<LaunchDto>(request);
        if (problem is not null) return problem;
        var (definition, errors) = body!.ToDefinition(launchId, existing);
        if (definition is null) return ApiProblems.Validation(errors.ToDictionary());
        var saved = await grain.Save(definition);
        catalogs.Invalidate(launchId);
        await log.RecordAsync(launchId, request.HttpContext.User, OperatorActions.Saved(existing, saved));
        return TypedResults.Ok(new LaunchSaved(LaunchDto.From(saved)));
    }

    public static async Task<Results<Ok<PhaseView>, ProblemHttpResult>> OverridePhase(
        string launchId, HttpRequest request, IGrainFactory grains, TimeProvider clock, OperatorLog log)
    {
        var grain = grains.GetGrain<ILaunchGrain>(launchId);
        if (await grain.GetDefinition() is null) return ApiProblems.UnknownLaunch(launchId);
        var (body, problem) = await ApiJson.ReadAsync<PhaseRequest>(request);
        if (problem is not null) return problem;
        var saved = await grain.SetPhaseOverride(body!.Phase);
        await log.RecordAsync(launchId, request.HttpContext.User, OperatorActions.Phase(body.Phase));
        return TypedResults.Ok(new PhaseView(PhaseClock.PhaseAt(saved, clock.GetUtcNow()), saved.PhaseOverride));
    }

    public static async Task<Results<Ok<IngestKeys>, ProblemHttpResult>> GetKeys(string launchId, IGrainFactory grains) =>
        await grains.GetGrain<ILaunchGrain>(launchId).GetKeys() is { } keys ? TypedResults.Ok(keys) : ApiProblems.UnknownLaunch(launchId);

    public static async Task<Results<Ok<IngestKeys>, ProblemHttpResult>> RotateKeys(
        string launchId, HttpContext http, IGrainFactory grains, CatalogCache catalogs, OperatorLog log)
    {
        var grain = grains.GetGrain<ILaunchGrain>(launchId);
        if (await grain.GetDefinition() is null) return ApiProblems.UnknownLaunch(launchId);
        var keys = await grain.RotateKeys();
        catalogs.Invalidate(launchId);
        await log.RecordAsync(launchId, http.User, OperatorActions.Rotated());
        return TypedResults.Ok(keys);
    }

    public static async Task<Results<Ok<RevokedKeys>, ProblemHttpResult>> RevokeKeys(
        string launchId, HttpContext http, IGrainFactory grains, CatalogCache catalogs, OperatorLog log)
    {
        var grain = grains.GetGrain<ILaunchGrain>(launchId);
        if (await grain.GetDefinition() is null) return ApiProblems.UnknownLaunch(launchId);
        var (body, problem) = await ApiJson.ReadAsync<RevokeRequest>(http.Request);
        if (problem is not null) return problem;
        var which = body!.Key?.ToLowerInvariant();
        if (which is not ("server" or "beacon" or "all")) return ApiProblems.Validation("key", "one of server, beacon, all");
        var keys = await grain.RevokeKeys(which is "server" or "all", which is "beacon" or "all");
        catalogs.Invalidate(launchId);
        await log.RecordAsync(launchId, http.User, OperatorActions.Revoked(which));
        return TypedResults.Ok(new RevokedKeys(keys.ServerRevoked, keys.BeaconRevoked));
    }

    public static async Task<Results<Ok<LaunchSnapshot>, ProblemHttpResult>> GetSnapshot(string launchId, IGrainFactory grains) =>
        await grains.GetGrain<ILaunchGrain>(launchId).GetSnapshot() is { } s ? TypedResults.Ok(s) : ApiProblems.UnknownLaunch(launchId);

    public static async Task<Results<Ok<IEnumerable<GroupRegistration>>, ProblemHttpResult>> ListGroups(string launchId, IGrainFactory grains)
    {
        var grain = grains.GetGrain<ILaunchGrain>(launchId);
        if (await grain.GetDefinition() is null) return ApiProblems.UnknownLaunch(launchId);
        // Delivery channels carry credentials (webhook secrets, robot keys): never returned in full.
        return TypedResults.Ok((await grain.GetGroups()).Select(g => g with { Channel = g.Channel?.Masked() }));
    }

    public static async Task<Results<Ok<GroupRegistration>, ProblemHttpResult>> RegisterGroup(
        string launchId, string groupId, HttpRequest request, IGrainFactory grains, OperatorLog log)
    {
        var grain = grains.GetGrain<ILaunchGrain>(launchId);
        if (await grain.GetDefinition() is null) return ApiProblems.UnknownLaunch(launchId);
        var (body, problem) = await ApiJson.ReadAsync<GroupRegistration>(request);
        if (problem is not null) return problem;
        var group = body! with { Id = groupId };
        var errors = new ValidationErrors();
        GroupValidator.Validate(group, "", errors);
        if (!errors.IsValid) return ApiProblems.Validation(errors.ToDictionary());
        await grain.RegisterGroups([group]);
        await log.RecordAsync(launchId, request.HttpContext.User, OperatorActions.Registered(group), [group.Id]);
        return TypedResults.Ok(group with { Channel = group.Channel?.Masked() });
    }

    public static async Task<Results<Ok<GroupDetail>, ProblemHttpResult>> GetGroup(string launchId, string groupId, IGrainFactory grains)
    {
        if (await grains.GetGrain<ILaunchGrain>(launchId).GetGroup(groupId) is null)
            return TypedResults.Problem(statusCode: 404, title: "Unknown group", detail: $"Launch '{launchId}' has no group '{groupId}'.");
        return TypedResults.Ok(await grains.GetGrain<IGroupGrain>(GroupKey.Of(launchId, groupId)).GetDetail());
    }

    /// <summary>CSV or JSON (by content type, or a leading '['); 422 when every row was rejected.</summary>
    public static async Task<Results<Ok<ImportReport>, JsonHttpResult<ImportReport>, ProblemHttpResult>> ImportGroups(
        string launchId, HttpRequest request, IGrainFactory grains, OperatorLog log)
    {
        var grain = grains.GetGrain<ILaunchGrain>(launchId);
        if (await grain.GetDefinition() is null) return ApiProblems.UnknownLaunch(launchId);
        var body = await BodyReader.ReadAsync(request, MaxImportBytes);
        if (body is null)
            return TypedResults.Problem(statusCode: 413, title: "Import too large", detail: $"An import file must be at most {MaxImportBytes} bytes.");
        var text = System.Text.Encoding.UTF8.GetString(body.Value.Span).TrimStart('\uFEFF');
        var isJson = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true || text.TrimStart().StartsWith('[');
        var result = isJson ? GroupImport.FromJson(text) : GroupImport.FromCsv(new StringReader(text));
        var total = result.Groups.Count > 0 ? await grain.RegisterGroups(result.Groups) : (await grain.GetGroups()).Count;
        if (result.Groups.Count > 0)
            await log.RecordAsync(launchId, request.HttpContext.User, OperatorActions.Imported(result.Groups.Count, result.Errors.Count), result.Groups.Select(g => g.Id).ToList());
        var report = new ImportReport(result.Groups.Count, result.Errors.Count, total, result.Errors);
        return result.Groups.Count == 0 && result.Errors.Count > 0
            ? TypedResults.Json(report, statusCode: 422)
            : TypedResults.Ok(report);
    }

    public sealed record PhaseRequest(LaunchPhase? Phase);

    public sealed record RevokeRequest(string? Key);

    public sealed record LaunchCreated(LaunchDto Launch, IngestKeys? Keys);

    public sealed record LaunchView(LaunchDto Launch, LaunchPhase Phase);

    public sealed record LaunchSaved(LaunchDto Launch);

    public sealed record PhaseView(LaunchPhase Phase, LaunchPhase? PhaseOverride);

    public sealed record RevokedKeys(bool ServerRevoked, bool BeaconRevoked);

    public sealed record ImportReport(int Imported, int Rejected, int TotalGroups, IReadOnlyList<GroupImport.RowError> Errors);

    private static string NewLaunchId(TimeProvider clock) =>
        $"launch-{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Random.Shared.Next(1000, 9999)}";
}
