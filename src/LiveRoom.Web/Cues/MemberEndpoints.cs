using LiveRoom.Domain.Cues;
using LiveRoom.Grains.Cues;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Cues;

/// <summary>
/// The seeded member's API (docs/http-api.md): no login, the link's token is the credential. Only
/// the token's person's cues are visible; an unknown token is 404 and a revoked one 410, with
/// nothing else in the answer.
/// </summary>
public static class MemberEndpoints
{
    public static IEndpointRouteBuilder MapMemberEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/member/{token}").AllowAnonymous().DisableAntiforgery().WithTags("Member");

        api.MapGet("/cues", GetMyCues);
        api.MapPost("/cues/{**cueId}", ActOnMyCue);
        return app;
    }

    public static async Task<Results<Ok<MyCues>, ProblemHttpResult>> GetMyCues(string token, MemberLinks links, IGrainFactory grains)
    {
        var (outcome, target) = await links.ResolveAsync(token);
        if (target is null) return Refused(outcome);
        var cues = await grains.GetGrain<ILaunchCuesGrain>(target.LaunchId).GetMemberCues(target.Person);
        return TypedResults.Ok(new MyCues(target.Person, cues));
    }

    public static async Task<Results<Ok<MyCueAction>, ProblemHttpResult>> ActOnMyCue(string token, string cueId, MemberLinks links, IGrainFactory grains)
    {
        var (id, action) = CueActionPath.Parse(cueId);
        if (action is not ("ack" or "done"))
            return TypedResults.Problem(statusCode: 404, title: "Unknown action", detail: "POST …/cues/{cueId}/ack or …/cues/{cueId}/done.");
        var (outcome, target) = await links.ResolveAsync(token);
        if (target is null) return Refused(outcome);
        var cues = grains.GetGrain<ILaunchCuesGrain>(target.LaunchId);
        var result = action == "ack" ? await cues.Acknowledge(target.Person, id) : await cues.Complete(target.Person, id);
        return result switch
        {
            CueActionResult.Changed or CueActionResult.Unchanged => TypedResults.Ok(new MyCueAction(id, action == "ack" ? "acknowledged" : "done", result == CueActionResult.Changed)),
            CueActionResult.Closed => TypedResults.Problem(statusCode: 409, title: "Cue expired", detail: "This cue expired; do not post it any more."),
            _ => TypedResults.Problem(statusCode: 404, title: "Unknown cue", detail: "You have no such cue."),
        };
    }

    public sealed record MyCues(string Person, IReadOnlyList<MemberCue> Cues);

    public sealed record MyCueAction(string Id, string Status, bool Changed);

    private static ProblemHttpResult Refused(MemberLinks.Outcome outcome) => outcome == MemberLinks.Outcome.Revoked
        ? TypedResults.Problem(statusCode: 410, title: "Link revoked", detail: "This link was revoked; ask your operator for a new one.")
        : TypedResults.Problem(statusCode: 404, title: "Unknown link", detail: "There is no such link.");
}
