using LiveRoom.Domain.Posting;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Posting;
using LiveRoom.Web.Access;
using LiveRoom.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Posting;

/// <summary>
/// The staff posting page's API (docs/http-api.md, docs/delivery.md): operators issue, list and
/// revoke links; the owner or assistant holding a link reads their notices and marks them posted,
/// with the token as the only credential (404 unknown, 410 revoked or expired with the launch).
/// </summary>
public static class PostingEndpoints
{
    public static IEndpointRouteBuilder MapPostingEndpoints(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/api/launches/{launchId}/posting").RequireAuthorization(Policies.Operate).DisableAntiforgery().WithTags("Posting");
        ops.MapGet("/links", ListPostingLinks);
        ops.MapPost("/links/{person}/issue", IssuePostingLink);
        ops.MapPost("/links/{person}/revoke", RevokePostingLink);

        var staff = app.MapGroup("/api/post/{token}").AllowAnonymous().DisableAntiforgery().WithTags("Posting");
        staff.MapGet("/", GetMyNotices);
        staff.MapPost("/posted", MarkPosted);
        return app;
    }

    /// <summary>Every owner and assistant of a staff-posted group, with the state of their newest link.</summary>
    public static async Task<Results<Ok<IEnumerable<PostingLinkRow>>, ProblemHttpResult>> ListPostingLinks(string launchId, IGrainFactory grains)
    {
        var launch = grains.GetGrain<ILaunchGrain>(launchId);
        if (await launch.GetDefinition() is null) return ApiProblems.UnknownLaunch(launchId);
        var links = await grains.GetGrain<ILaunchPostingGrain>(launchId).GetLinks();
        var people = StaffPostRules.People(await launch.GetGroups());
        return TypedResults.Ok(people.Select(p =>
        {
            var link = links.FirstOrDefault(l => l.Person == p);
            return new PostingLinkRow(p, link is { Active: true }, link?.CreatedAt, link?.RevokedAt);
        }));
    }

    public static async Task<Results<Ok<PostingLinkIssued>, ProblemHttpResult>> IssuePostingLink(string launchId, string person, HttpContext http, IGrainFactory grains)
    {
        var launch = grains.GetGrain<ILaunchGrain>(launchId);
        if (await launch.GetDefinition() is null) return ApiProblems.UnknownLaunch(launchId);
        if (!StaffPostRules.People(await launch.GetGroups()).Contains(person))
            return ApiProblems.Validation("person", $"'{person}' is not the owner or an assistant of a staff-posted group of launch '{launchId}'.", statusCode: 404);
        var token = await grains.GetGrain<ILaunchPostingGrain>(launchId).Issue(person, Actor(http));
        return TypedResults.Ok(new PostingLinkIssued(person, token, $"/p/{token}"));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokePostingLink(string launchId, string person, HttpContext http, IGrainFactory grains)
    {
        if (await grains.GetGrain<ILaunchGrain>(launchId).GetDefinition() is null) return ApiProblems.UnknownLaunch(launchId);
        return await grains.GetGrain<ILaunchPostingGrain>(launchId).Revoke(person, Actor(http))
            ? TypedResults.NoContent()
            : ApiProblems.Validation("person", $"'{person}' has no active posting link.", statusCode: 404);
    }

    public static async Task<Results<Ok<StaffPage>, ProblemHttpResult>> GetMyNotices(string token, PostingLinks links, IGrainFactory grains)
    {
        var (outcome, target) = await links.ResolveAsync(token);
        if (target is null) return Refused(outcome);
        return await StaffPage.LoadAsync(grains, target.LaunchId, target.Person) is { } page ? TypedResults.Ok(page) : Refused(PostingLinks.Outcome.Expired);
    }

    /// <summary>Idempotent: a second tap (or a retried request) answers 200 with <c>changed: false</c>.</summary>
    public static async Task<Results<Ok<PostedReceipt>, ProblemHttpResult>> MarkPosted(string token, HttpRequest request, PostingLinks links, IGrainFactory grains)
    {
        var (outcome, target) = await links.ResolveAsync(token);
        if (target is null) return Refused(outcome);
        var (body, problem) = await ApiJson.ReadAsync<PostedBody>(request);
        if (problem is not null) return problem;
        if (string.IsNullOrEmpty(body!.GroupId)) return ApiProblems.Validation("groupId", "required");
        if (string.IsNullOrEmpty(body.AnnouncementId)) return ApiProblems.Validation("announcementId", "required");
        var group = await grains.GetGrain<ILaunchGrain>(target.LaunchId).GetGroup(body.GroupId);
        if (group is null || StaffPostRules.GroupsOf([group], target.Person).Count == 0)
            return ApiProblems.Validation("groupId", $"'{body.GroupId}' is not one of your staff-posted groups.", statusCode: 404);
        var result = await grains.GetGrain<ILaunchAnnouncementsGrain>(target.LaunchId).MarkPosted(body.GroupId, body.AnnouncementId, target.Person);
        return result switch
        {
            PostOutcome.Posted or PostOutcome.AlreadyPosted => TypedResults.Ok(new PostedReceipt(body.GroupId, body.AnnouncementId, result == PostOutcome.Posted)),
            PostOutcome.Closed => ApiProblems.Validation("announcementId", "This notice was cancelled; do not post it.", statusCode: 409),
            _ => ApiProblems.Validation("announcementId", $"No notice '{body.AnnouncementId}' is due to group '{body.GroupId}'.", statusCode: 404),
        };
    }

    public sealed record PostingLinkRow(string Person, bool Active, DateTimeOffset? CreatedAt, DateTimeOffset? RevokedAt);

    public sealed record PostingLinkIssued(string Person, string Token, string Url);

    public sealed record PostedBody(string? GroupId, string? AnnouncementId);

    public sealed record PostedReceipt(string GroupId, string AnnouncementId, bool Changed);

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "unknown";

    private static ProblemHttpResult Refused(PostingLinks.Outcome outcome) => outcome switch
    {
        PostingLinks.Outcome.Revoked => TypedResults.Problem(statusCode: 410, title: "Link revoked", detail: "This link was revoked; ask your operator for a new one."),
        PostingLinks.Outcome.Expired => TypedResults.Problem(statusCode: 410, title: "Link expired", detail: "The launch of this link has ended."),
        _ => TypedResults.Problem(statusCode: 404, title: "Unknown link", detail: "There is no such link."),
    };
}
