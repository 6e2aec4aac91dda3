using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Setup;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Shared;
using LiveRoom.Web.Access;
using LiveRoom.Web.Ingestion;
using LiveRoom.Web.Shared;
using LiveRoom.Web.Timeline;

namespace LiveRoom.Web.Launches;

/// <summary>Launch setup over HTTP (docs/http-api.md); every call needs a logged-in user.</summary>
public static class LaunchEndpoints
{
    public const int MaxImportBytes = 8 * 1024 * 1024;

    public static IEndpointRouteBuilder MapLaunchEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/launches").RequireAuthorization().DisableAntiforgery().WithTags("Launches");

        api.MapGet("/", async (IGrainFactory grains) => Results.Ok(await grains.GetGrain<ILaunchIndexGrain>(0).List()));

        api.MapPost("/", async (HttpRequest request, IGrainFactory grains, TimeProvider clock, OperatorLog log) =>
        {
            var (body, problem) = await ApiJson.ReadAsync<LaunchDto>(request);
            if (problem is not null) return problem;
            var id = string.IsNullOrWhiteSpace(body!.Id) ? NewLaunchId(clock) : body.Id;
            var grain = grains.GetGrain<ILaunchGrain>(Ids.IsValid(id) ? id : "invalid");
            if (Ids.IsValid(id) && await grain.GetDefinition() is not null)
                return Results.Problem(statusCode: 409, title: "Launch exists", detail: $"A launch '{id}' already exists; use PUT to change it.");
            var (definition, errors) = body.ToDefinition(id, null);
            if (definition is null) return Results.ValidationProblem(errors.ToDictionary());
            var saved = await grain.Save(definition);
            await log.RecordAsync(saved.Id, request.HttpContext.User, OperatorActions.Created(saved));
            var keys = await grain.GetKeys();
            return Results.Created($"/api/launches/{saved.Id}", new { launch = LaunchDto.From(saved), keys });
        }).RequireAuthorization(Policies.Operate);

        api.MapGet("/{launchId}", async (string launchId, IGrainFactory grains, TimeProvider clock) =>
            await grains.GetGrain<ILaunchGrain>(launchId).GetDefinition() is { } d
                ? Results.Ok(new { launch = LaunchDto.From(d), phase = PhaseClock.PhaseAt(d, clock.GetUtcNow()) })
                : NotFound(launchId));

        api.MapPut("/{launchId}", async (string launchId, HttpRequest request, IGrainFactory grains, CatalogCache catalogs, OperatorLog log) =>
        {
            var grain = grains.GetGrain<ILaunchGrain>(launchId);
            if (await grain.GetDefinition() is not { } existing) return NotFound(launchId);
            var (body, problem) = await ApiJson.ReadAsync<LaunchDto>(request);
            if (problem is not null) return problem;
            var (definition, errors) = body!.ToDefinition(launchId, existing);
            if (definition is null) return Results.ValidationProblem(errors.ToDictionary());
            var saved = await grain.Save(definition);
            catalogs.Invalidate(launchId);
            await log.RecordAsync(launchId, request.HttpContext.User, OperatorActions.Saved(existing, saved));
            return Results.Ok(new { launch = LaunchDto.From(saved) });
        }).RequireAuthorization(Policies.Operate);

        api.MapPut("/{launchId}/phase", async (string launchId, HttpRequest request, IGrainFactory grains, TimeProvider clock, OperatorLog log) =>
        {
            var grain = grains.GetGrain<ILaunchGrain>(launchId);
            if (await grain.GetDefinition() is null) return NotFound(launchId);
            var (body, problem) = await ApiJson.ReadAsync<PhaseRequest>(request);
            if (problem is not null) return problem;
            var saved = await grain.SetPhaseOverride(body!.Phase);
            await log.RecordAsync(launchId, request.HttpContext.User, OperatorActions.Phase(body.Phase));
            return Results.Ok(new { phase = PhaseClock.PhaseAt(saved, clock.GetUtcNow()), phaseOverride = saved.PhaseOverride });
        }).RequireAuthorization(Policies.Operate);

        api.MapGet("/{launchId}/keys", async (string launchId, IGrainFactory grains) =>
            await grains.GetGrain<ILaunchGrain>(launchId).GetKeys() is { } keys ? Results.Ok(keys) : NotFound(launchId)).RequireAuthorization(Policies.Operate);

        api.MapPost("/{launchId}/keys/rotate", async (string launchId, HttpContext http, IGrainFactory grains, CatalogCache catalogs, OperatorLog log) =>
        {
            var grain = grains.GetGrain<ILaunchGrain>(launchId);
            if (await grain.GetDefinition() is null) return NotFound(launchId);
            var keys = await grain.RotateKeys();
            catalogs.Invalidate(launchId);
            await log.RecordAsync(launchId, http.User, OperatorActions.Rotated());
            return Results.Ok(keys);
        }).RequireAuthorization(Policies.Operate);

        // Revoked keys get 401 until a rotation: at once on this node, within the catalog cache age (5 s) on others.
        api.MapPost("/{launchId}/keys/revoke", async (string launchId, HttpContext http, IGrainFactory grains, CatalogCache catalogs, OperatorLog log) =>
        {
            var grain = grains.GetGrain<ILaunchGrain>(launchId);
            if (await grain.GetDefinition() is null) return NotFound(launchId);
            var (body, problem) = await ApiJson.ReadAsync<RevokeRequest>(http.Request);
            if (problem is not null) return problem;
            var which = body!.Key?.ToLowerInvariant();
            if (which is not ("server" or "beacon" or "all"))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["key"] = ["one of server, beacon, all"] });
            var keys = await grain.RevokeKeys(which is "server" or "all", which is "beacon" or "all");
            catalogs.Invalidate(launchId);
            await log.RecordAsync(launchId, http.User, OperatorActions.Revoked(which));
            return Results.Ok(new { serverRevoked = keys.ServerRevoked, beaconRevoked = keys.BeaconRevoked });
        }).RequireAuthorization(Policies.Operate);

        api.MapGet("/{launchId}/snapshot", async (string launchId, IGrainFactory grains) =>
            await grains.GetGrain<ILaunchGrain>(launchId).GetSnapshot() is { } s ? Results.Ok(s) : NotFound(launchId));

        api.MapGet("/{launchId}/groups", async (string launchId, IGrainFactory grains) =>
        {
            var grain = grains.GetGrain<ILaunchGrain>(launchId);
            if (await grain.GetDefinition() is null) return NotFound(launchId);
            // Delivery channels carry credentials (webhook secrets, robot keys): never returned in full.
            return Results.Ok((await grain.GetGroups()).Select(g => g with { Channel = g.Channel?.Masked() }));
        });

        api.MapPut("/{launchId}/groups/{groupId}", async (string launchId, string groupId, HttpRequest request, IGrainFactory grains, OperatorLog log) =>
        {
            var grain = grains.GetGrain<ILaunchGrain>(launchId);
            if (await grain.GetDefinition() is null) return NotFound(launchId);
            var (body, problem) = await ApiJson.ReadAsync<GroupRegistration>(request);
            if (problem is not null) return problem;
            var group = body! with { Id = groupId };
            var errors = new ValidationErrors();
            GroupValidator.Validate(group, "", errors);
            if (!errors.IsValid) return Results.ValidationProblem(errors.ToDictionary());
            await grain.RegisterGroups([group]);
            await log.RecordAsync(launchId, request.HttpContext.User, OperatorActions.Registered(group), [group.Id]);
            return Results.Ok(group with { Channel = group.Channel?.Masked() });
        }).RequireAuthorization(Policies.Operate);

        api.MapGet("/{launchId}/groups/{groupId}", async (string launchId, string groupId, IGrainFactory grains) =>
        {
            if (await grains.GetGrain<ILaunchGrain>(launchId).GetGroup(groupId) is null)
                return Results.Problem(statusCode: 404, title: "Unknown group", detail: $"Launch '{launchId}' has no group '{groupId}'.");
            return Results.Ok(await grains.GetGrain<IGroupGrain>(GroupKey.Of(launchId, groupId)).GetDetail());
        });

        api.MapPost("/{launchId}/groups/import", async (string launchId, HttpRequest request, IGrainFactory grains, OperatorLog log) =>
        {
            var grain = grains.GetGrain<ILaunchGrain>(launchId);
            if (await grain.GetDefinition() is null) return NotFound(launchId);
            var body = await BodyReader.ReadAsync(request, MaxImportBytes);
            if (body is null)
                return Results.Problem(statusCode: 413, title: "Import too large", detail: $"An import file must be at most {MaxImportBytes} bytes.");
            var text = System.Text.Encoding.UTF8.GetString(body.Value.Span).TrimStart('\uFEFF');
            var isJson = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true || text.TrimStart().StartsWith('[');
            var result = isJson ? GroupImport.FromJson(text) : GroupImport.FromCsv(new StringReader(text));
            var total = result.Groups.Count > 0 ? await grain.RegisterGroups(result.Groups) : (await grain.GetGroups()).Count;
            if (result.Groups.Count > 0)
                await log.RecordAsync(launchId, request.HttpContext.User, OperatorActions.Imported(result.Groups.Count, result.Errors.Count), result.Groups.Select(g => g.Id).ToList());
            var report = new { imported = result.Groups.Count, rejected = result.Errors.Count, totalGroups = total, errors = result.Errors };
            return result.Groups.Count == 0 && result.Errors.Count > 0
                ? Results.Json(report, statusCode: 422)
                : Results.Ok(report);
        }).RequireAuthorization(Policies.Operate);

        return app;
    }

    public sealed record PhaseRequest(LaunchPhase? Phase);

    public sealed record RevokeRequest(string? Key);

    private static IResult NotFound(string launchId) =>
        Results.Problem(statusCode: 404, title: "Unknown launch", detail: $"There is no launch '{launchId}'.");

    private static string NewLaunchId(TimeProvider clock) =>
        $"launch-{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Random.Shared.Next(1000, 9999)}";
}
