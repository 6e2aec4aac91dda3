using LiveRoom.Domain.Cues;
using LiveRoom.Grains.Cues;

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

        api.MapGet("/cues", async (string token, MemberLinks links, IGrainFactory grains) =>
        {
            var (outcome, target) = await links.ResolveAsync(token);
            if (target is null) return Refused(outcome);
            var cues = await grains.GetGrain<ILaunchCuesGrain>(target.LaunchId).GetMemberCues(target.Person);
            return Results.Ok(new { person = target.Person, cues });
        });

        api.MapPost("/cues/{**cueId}", async (string token, string cueId, MemberLinks links, IGrainFactory grains) =>
        {
            // Cue ids contain slashes ("launch/group/kind/trigger"): the action is the last segment.
            var slash = cueId.LastIndexOf('/');
            var action = slash < 0 ? "" : cueId[(slash + 1)..];
            var id = slash < 0 ? cueId : cueId[..slash];
            if (action is not ("ack" or "done"))
                return Results.Problem(statusCode: 404, title: "Unknown action", detail: "POST …/cues/{cueId}/ack or …/cues/{cueId}/done.");
            var (outcome, target) = await links.ResolveAsync(token);
            if (target is null) return Refused(outcome);
            var cues = grains.GetGrain<ILaunchCuesGrain>(target.LaunchId);
            var result = action == "ack" ? await cues.Acknowledge(target.Person, id) : await cues.Complete(target.Person, id);
            return result switch
            {
                CueActionResult.Changed or CueActionResult.Unchanged => Results.Ok(new { id, status = action == "ack" ? "acknowledged" : "done", changed = result == CueActionResult.Changed }),
                CueActionResult.Closed => Results.Problem(statusCode: 409, title: "Cue expired", detail: "This cue expired; do not post it any more."),
                _ => Results.Problem(statusCode: 404, title: "Unknown cue", detail: "You have no such cue."),
            };
        });
        return app;
    }

    private static IResult Refused(MemberLinks.Outcome outcome) => outcome == MemberLinks.Outcome.Revoked
        ? Results.Problem(statusCode: 410, title: "Link revoked", detail: "This link was revoked; ask your operator for a new one.")
        : Results.Problem(statusCode: 404, title: "Unknown link", detail: "There is no such link.");
}
