using LiveRoom.Domain.Cues;
using LiveRoom.Grains.Cues;
using LiveRoom.Grains.Launches;
using LiveRoom.Web.Access;
using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Cues;

/// <summary>Operator side of cues (docs/http-api.md): rules, the cue board, manual cues, member links, effectiveness.</summary>
public static class CueEndpoints
{
    public static IEndpointRouteBuilder MapCueEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/launches/{launchId}/cues").RequireAuthorization().DisableAntiforgery().WithTags("Cues");

        api.MapGet("/", async (string launchId, CueStatus? status, CueKind? kind, string? groupId, string? member, bool? escalated, int? max, IGrainFactory grains) =>
        {
            if (await MissingLaunch(grains, launchId) is { } missing) return missing;
            return Results.Ok(await grains.GetGrain<ILaunchCuesGrain>(launchId).GetBoard(new CueBoardQuery
            {
                Status = status, Kind = kind, GroupId = groupId, Member = member, EscalatedOnly = escalated ?? false,
                Max = Math.Clamp(max ?? 500, 0, CueBoardQuery.MaxRows),
            }));
        });

        api.MapGet("/rules", async (string launchId, IGrainFactory grains) =>
        {
            if (await MissingLaunch(grains, launchId) is { } missing) return missing;
            var json = await grains.GetGrain<ILaunchCuesGrain>(launchId).GetRules();
            return Results.Ok(new { usesDefaults = json is null, rules = json });
        });

        // The body is the rule file itself (docs/http-api.md); errors name its JSON path.
        api.MapPut("/rules", async (string launchId, HttpRequest request, HttpContext http, IGrainFactory grains) =>
        {
            if (await MissingLaunch(grains, launchId) is { } missing) return missing;
            var body = await BodyReader.ReadAsync(request, CueRuleSet.MaxJsonLength * 4);
            if (body is null) return Results.Problem(statusCode: 413, title: "Request too large", detail: $"A rule file must be at most {CueRuleSet.MaxJsonLength} characters.");
            var json = System.Text.Encoding.UTF8.GetString(body.Value.Span);
            if (CueRuleSet.Load(json, out var errors) is null)
                return Results.ValidationProblem(errors.ToDictionary(), title: "The cue rules are not valid");
            await grains.GetGrain<ILaunchCuesGrain>(launchId).SetRules(json, Actor(http));
            return Results.Ok(new { usesDefaults = false, rules = json });
        }).RequireAuthorization(Policies.Operate);

        api.MapDelete("/rules", async (string launchId, HttpContext http, IGrainFactory grains) =>
        {
            if (await MissingLaunch(grains, launchId) is { } missing) return missing;
            await grains.GetGrain<ILaunchCuesGrain>(launchId).SetRules(null, Actor(http));
            return Results.NoContent();
        }).RequireAuthorization(Policies.Operate);

        api.MapPost("/manual", async (string launchId, HttpRequest request, HttpContext http, IGrainFactory grains) =>
        {
            if (await MissingLaunch(grains, launchId) is { } missing) return missing;
            var (body, problem) = await ApiJson.ReadAsync<ManualCueBody>(request);
            if (problem is not null) return problem;
            var cue = new ManualCueRequest
            {
                Kind = body!.Kind ?? (CueKind)(-1), Script = body.Script ?? "", GroupIds = body.GroupIds ?? [],
                Actor = Actor(http), IdempotencyKey = body.IdempotencyKey ?? "", Reason = body.Reason,
            };
            var errors = cue.Validate();
            if (!errors.IsValid) return Results.ValidationProblem(errors.ToDictionary());
            var receipt = await grains.GetGrain<ILaunchCuesGrain>(launchId).IssueManual(cue);
            return Results.Ok(new { issued = receipt.Issued, duplicate = receipt.Duplicate, cueIds = receipt.CueIds, unknownGroups = receipt.UnknownGroups });
        }).RequireAuthorization(Policies.Operate);

        api.MapGet("/effectiveness", async (string launchId, int? minutes, IGrainFactory grains) =>
        {
            if (await MissingLaunch(grains, launchId) is { } missing) return missing;
            var n = Math.Clamp(minutes ?? 5, 1, 60);
            return Results.Ok(new { minutes = n, kinds = await grains.GetGrain<ILaunchCuesGrain>(launchId).GetEffectiveness(n) });
        });

        api.MapGet("/links", async (string launchId, IGrainFactory grains) =>
        {
            if (await MissingLaunch(grains, launchId) is { } missing) return missing;
            var links = await grains.GetGrain<ILaunchCuesGrain>(launchId).GetLinks();
            var people = await CuePeople.OfLaunchAsync(grains, launchId);
            return Results.Ok(people.Select(p => new
            {
                person = p,
                active = links.FirstOrDefault(l => l.Person == p) is { Active: true },
                createdAt = links.FirstOrDefault(l => l.Person == p)?.CreatedAt,
                revokedAt = links.FirstOrDefault(l => l.Person == p)?.RevokedAt,
            }));
        }).RequireAuthorization(Policies.Operate);

        api.MapPost("/links/{person}/rotate", async (string launchId, string person, HttpContext http, IGrainFactory grains) =>
        {
            if (await MissingLaunch(grains, launchId) is { } missing) return missing;
            if (!(await CuePeople.OfLaunchAsync(grains, launchId)).Contains(person))
                return Results.Problem(statusCode: 404, title: "Unknown person", detail: $"'{person}' is not a seeded member, assistant or owner of any group of launch '{launchId}'.");
            var token = await grains.GetGrain<ILaunchCuesGrain>(launchId).RotateLink(person, Actor(http));
            return Results.Ok(new { person, token, url = $"/m/{token}" });
        }).RequireAuthorization(Policies.Operate);

        api.MapPost("/links/{person}/revoke", async (string launchId, string person, HttpContext http, IGrainFactory grains) =>
        {
            if (await MissingLaunch(grains, launchId) is { } missing) return missing;
            return await grains.GetGrain<ILaunchCuesGrain>(launchId).RevokeLink(person, Actor(http))
                ? Results.NoContent()
                : Results.Problem(statusCode: 404, title: "No active link", detail: $"'{person}' has no active link.");
        }).RequireAuthorization(Policies.Operate);

        return app;
    }

    public sealed record ManualCueBody(CueKind? Kind, string? Script, IReadOnlyList<string>? GroupIds, string? IdempotencyKey, string? Reason);

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "unknown";

    private static async Task<IResult?> MissingLaunch(IGrainFactory grains, string launchId) =>
        await grains.GetGrain<ILaunchGrain>(launchId).GetDefinition() is null
            ? Results.Problem(statusCode: 404, title: "Unknown launch", detail: $"There is no launch '{launchId}'.")
            : null;
}
