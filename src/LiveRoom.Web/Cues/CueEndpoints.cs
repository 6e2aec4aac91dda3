using LiveRoom.Domain.Cues;
using LiveRoom.Grains.Cues;
using LiveRoom.Grains.Launches;
using LiveRoom.Web.Access;
using LiveRoom.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Cues;

/// <summary>Operator side of cues (docs/http-api.md): rules, the cue board, manual cues, member links, effectiveness.</summary>
public static class CueEndpoints
{
    public static IEndpointRouteBuilder MapCueEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/launches/{launchId}/cues").RequireAuthorization().DisableAntiforgery().WithTags("Cues");

        api.MapGet("/", GetCueBoard);
        api.MapGet("/rules", GetCueRules);
        // The body is the rule file itself (docs/http-api.md); errors name its JSON path.
        api.MapPut("/rules", SetCueRules).RequireAuthorization(Policies.Operate);
        api.MapDelete("/rules", ResetCueRules).RequireAuthorization(Policies.Operate);
        api.MapPost("/manual", IssueManualCue).RequireAuthorization(Policies.Operate);
        api.MapGet("/effectiveness", GetCueEffectiveness);
        api.MapGet("/links", ListMemberLinks).RequireAuthorization(Policies.Operate);
        api.MapPost("/links/{person}/rotate", RotateMemberLink).RequireAuthorization(Policies.Operate);
        api.MapPost("/links/{person}/revoke", RevokeMemberLink).RequireAuthorization(Policies.Operate);

        return app;
    }

    public static async Task<Results<Ok<CueBoardView>, ProblemHttpResult>> GetCueBoard(
        string launchId, CueStatus? status, CueKind? kind, string? groupId, string? member, bool? escalated, int? max, IGrainFactory grains)
    {
        if (await MissingLaunch(grains, launchId) is { } missing) return missing;
        return TypedResults.Ok(await grains.GetGrain<ILaunchCuesGrain>(launchId).GetBoard(new CueBoardQuery
        {
            Status = status, Kind = kind, GroupId = groupId, Member = member, EscalatedOnly = escalated ?? false,
            Max = Math.Clamp(max ?? 500, 0, CueBoardQuery.MaxRows),
        }));
    }

    public static async Task<Results<Ok<CueRules>, ProblemHttpResult>> GetCueRules(string launchId, IGrainFactory grains)
    {
        if (await MissingLaunch(grains, launchId) is { } missing) return missing;
        var json = await grains.GetGrain<ILaunchCuesGrain>(launchId).GetRules();
        return TypedResults.Ok(new CueRules(json is null, json));
    }

    public static async Task<Results<Ok<CueRules>, ProblemHttpResult>> SetCueRules(string launchId, HttpRequest request, HttpContext http, IGrainFactory grains)
    {
        if (await MissingLaunch(grains, launchId) is { } missing) return missing;
        var body = await BodyReader.ReadAsync(request, CueRuleSet.MaxJsonLength * 4);
        if (body is null) return TypedResults.Problem(statusCode: 413, title: "Request too large", detail: $"A rule file must be at most {CueRuleSet.MaxJsonLength} characters.");
        var json = System.Text.Encoding.UTF8.GetString(body.Value.Span);
        if (CueRuleSet.Load(json, out var errors) is null)
            return ApiProblems.Validation(errors.ToDictionary(), title: "The cue rules are not valid");
        await grains.GetGrain<ILaunchCuesGrain>(launchId).SetRules(json, Actor(http));
        return TypedResults.Ok(new CueRules(false, json));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ResetCueRules(string launchId, HttpContext http, IGrainFactory grains)
    {
        if (await MissingLaunch(grains, launchId) is { } missing) return missing;
        await grains.GetGrain<ILaunchCuesGrain>(launchId).SetRules(null, Actor(http));
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<ManualCueIssued>, ProblemHttpResult>> IssueManualCue(string launchId, HttpRequest request, HttpContext http, IGrainFactory grains)
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
        if (!errors.IsValid) return ApiProblems.Validation(errors.ToDictionary());
        var receipt = await grains.GetGrain<ILaunchCuesGrain>(launchId).IssueManual(cue);
        return TypedResults.Ok(new ManualCueIssued(receipt.Issued, receipt.Duplicate, receipt.CueIds, receipt.UnknownGroups));
    }

    public static async Task<Results<Ok<CueEffectiveness>, ProblemHttpResult>> GetCueEffectiveness(string launchId, int? minutes, IGrainFactory grains)
    {
        if (await MissingLaunch(grains, launchId) is { } missing) return missing;
        var n = Math.Clamp(minutes ?? 5, 1, 60);
        return TypedResults.Ok(new CueEffectiveness(n, await grains.GetGrain<ILaunchCuesGrain>(launchId).GetEffectiveness(n)));
    }

    /// <summary>Every person who can have a link, with the state of their newest one.</summary>
    public static async Task<Results<Ok<IEnumerable<MemberLinkRow>>, ProblemHttpResult>> ListMemberLinks(string launchId, IGrainFactory grains)
    {
        if (await MissingLaunch(grains, launchId) is { } missing) return missing;
        var links = await grains.GetGrain<ILaunchCuesGrain>(launchId).GetLinks();
        var people = await CuePeople.OfLaunchAsync(grains, launchId);
        return TypedResults.Ok(people.Select(p => new MemberLinkRow(
            p,
            links.FirstOrDefault(l => l.Person == p) is { Active: true },
            links.FirstOrDefault(l => l.Person == p)?.CreatedAt,
            links.FirstOrDefault(l => l.Person == p)?.RevokedAt)));
    }

    public static async Task<Results<Ok<MemberLinkIssued>, ProblemHttpResult>> RotateMemberLink(string launchId, string person, HttpContext http, IGrainFactory grains)
    {
        if (await MissingLaunch(grains, launchId) is { } missing) return missing;
        if (!(await CuePeople.OfLaunchAsync(grains, launchId)).Contains(person))
            return TypedResults.Problem(statusCode: 404, title: "Unknown person", detail: $"'{person}' is not a seeded member, assistant or owner of any group of launch '{launchId}'.");
        var token = await grains.GetGrain<ILaunchCuesGrain>(launchId).RotateLink(person, Actor(http));
        return TypedResults.Ok(new MemberLinkIssued(person, token, $"/m/{token}"));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeMemberLink(string launchId, string person, HttpContext http, IGrainFactory grains)
    {
        if (await MissingLaunch(grains, launchId) is { } missing) return missing;
        return await grains.GetGrain<ILaunchCuesGrain>(launchId).RevokeLink(person, Actor(http))
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: 404, title: "No active link", detail: $"'{person}' has no active link.");
    }

    public sealed record ManualCueBody(CueKind? Kind, string? Script, IReadOnlyList<string>? GroupIds, string? IdempotencyKey, string? Reason);

    public sealed record CueRules(bool UsesDefaults, string? Rules);

    public sealed record ManualCueIssued(int Issued, bool Duplicate, IReadOnlyList<string> CueIds, IReadOnlyList<string> UnknownGroups);

    public sealed record CueEffectiveness(int Minutes, IReadOnlyList<CueEffect> Kinds);

    public sealed record MemberLinkRow(string Person, bool Active, DateTimeOffset? CreatedAt, DateTimeOffset? RevokedAt);

    public sealed record MemberLinkIssued(string Person, string Token, string Url);

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "unknown";

    private static async Task<ProblemHttpResult?> MissingLaunch(IGrainFactory grains, string launchId) =>
        await grains.GetGrain<ILaunchGrain>(launchId).GetDefinition() is null ? ApiProblems.UnknownLaunch(launchId) : null;
}
