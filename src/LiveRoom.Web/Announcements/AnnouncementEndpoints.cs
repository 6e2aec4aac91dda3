using LiveRoom.Domain.Announcements;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Launches;
using LiveRoom.Web.Access;
using LiveRoom.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveRoom.Web.Announcements;

/// <summary>Announcement plans, broadcasts and delivery status over HTTP (docs/http-api.md).</summary>
public static class AnnouncementEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapAnnouncementEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/launches/{launchId}/announcements").RequireAuthorization().DisableAntiforgery().WithTags("Announcements");

        api.MapGet("/", GetAnnouncements);
        api.MapPut("/plan", SavePlan).RequireAuthorization(Policies.Operate);
        api.MapPost("/entries/{entryId}/cancel", CancelEntry).RequireAuthorization(Policies.Operate);
        api.MapPost("/broadcast", Broadcast).RequireAuthorization(Policies.Operate);
        api.MapPost("/pause", PauseAnnouncements).RequireAuthorization(Policies.Operate);
        api.MapPost("/resume", ResumeAnnouncements).RequireAuthorization(Policies.Operate);
        api.MapPost("/resend-failed", ResendFailed).RequireAuthorization(Policies.Operate);
        api.MapPost("/preview", PreviewAnnouncement);
        api.MapGet("/matrix", GetDeliveryMatrix);
        api.MapGet("/forecast", GetDeliveryForecast);
        api.MapGet("/inbox/{groupId}", GetInbox);

        return app;
    }

    public static async Task<Results<Ok<AnnouncementsView>, ProblemHttpResult>> GetAnnouncements(string launchId, IGrainFactory grains) =>
        await Exists(grains, launchId) ? TypedResults.Ok(await Grain(grains, launchId).GetView()) : ApiProblems.UnknownLaunch(launchId);

    public static async Task<Results<Ok<AnnouncementsView>, ProblemHttpResult>> SavePlan(string launchId, HttpRequest request, IGrainFactory grains)
    {
        if (!await Exists(grains, launchId)) return ApiProblems.UnknownLaunch(launchId);
        var (plan, problem) = await ApiJson.ReadAsync<AnnouncementPlan>(request);
        if (problem is not null) return problem;
        var errors = await Grain(grains, launchId).SavePlan(plan!, Actor(request));
        return errors.Count > 0 ? ApiProblems.Validation(errors, title: "Invalid plan") : TypedResults.Ok(await Grain(grains, launchId).GetView());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> CancelEntry(string launchId, string entryId, HttpRequest request, IGrainFactory grains)
    {
        if (!await Exists(grains, launchId)) return ApiProblems.UnknownLaunch(launchId);
        return await Grain(grains, launchId).CancelEntry(entryId, Actor(request))
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: 404, title: "Unknown entry", detail: $"The plan has no entry '{entryId}'.");
    }

    /// <summary>The body's idempotency key wins over the header's; without either every post is a new broadcast.</summary>
    public static async Task<Results<Accepted<BroadcastReceipt>, ProblemHttpResult>> Broadcast(string launchId, HttpRequest request, IGrainFactory grains)
    {
        if (!await Exists(grains, launchId)) return ApiProblems.UnknownLaunch(launchId);
        var (body, problem) = await ApiJson.ReadAsync<BroadcastBody>(request);
        if (problem is not null) return problem;
        var key = body!.IdempotencyKey ?? request.Headers[IdempotencyHeader].FirstOrDefault() ?? Guid.NewGuid().ToString("N");
        var broadcast = new BroadcastRequest
        {
            Template = body.Template ?? "", Target = body.Target ?? AnnouncementTarget.All, Format = body.Format,
            Actor = Actor(request), IdempotencyKey = key,
        };
        var grain = Grain(grains, launchId);
        var errors = await grain.CheckBroadcast(broadcast);
        if (errors.Count > 0) return ApiProblems.Validation(errors, title: "Invalid broadcast");
        return TypedResults.Accepted($"/api/launches/{launchId}/announcements/matrix", await grain.Broadcast(broadcast));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> PauseAnnouncements(string launchId, HttpRequest request, IGrainFactory grains)
    {
        if (!await Exists(grains, launchId)) return ApiProblems.UnknownLaunch(launchId);
        var (body, problem) = await ApiJson.ReadAsync<PauseBody>(request);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(body!.Reason) || body.Reason.Length > 500) return ApiProblems.Validation("reason", "must be 1–500 characters");
        await Grain(grains, launchId).Pause(Actor(request), body.Reason);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ResumeAnnouncements(string launchId, HttpRequest request, IGrainFactory grains)
    {
        if (!await Exists(grains, launchId)) return ApiProblems.UnknownLaunch(launchId);
        await Grain(grains, launchId).Resume(Actor(request));
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<ResendReport>, ProblemHttpResult>> ResendFailed(string launchId, HttpRequest request, IGrainFactory grains) =>
        await Exists(grains, launchId)
            ? TypedResults.Ok(new ResendReport(await Grain(grains, launchId).ResendFailed(Actor(request))))
            : ApiProblems.UnknownLaunch(launchId);

    public static async Task<Results<Ok<PreviewText>, ProblemHttpResult>> PreviewAnnouncement(string launchId, HttpRequest request, IGrainFactory grains)
    {
        if (!await Exists(grains, launchId)) return ApiProblems.UnknownLaunch(launchId);
        var (body, problem) = await ApiJson.ReadAsync<PreviewBody>(request);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(body!.GroupId)) return ApiProblems.Validation("groupId", "is required");
        var preview = await Grain(grains, launchId).Preview(body.Template ?? "", body.GroupId);
        if (preview.Text is not null) return TypedResults.Ok(new PreviewText(preview.Text, preview.Bytes));
        // An unknown group is the group's fault; anything else is the template's.
        var field = preview.Errors.Any(e => e.StartsWith("unknown group", StringComparison.Ordinal)) ? "groupId" : "template";
        return ApiProblems.Validation(new Dictionary<string, string[]> { [field] = [.. preview.Errors] });
    }

    public static async Task<Results<Ok<DeliveryForecast>, ProblemHttpResult>> GetDeliveryForecast(string launchId, IGrainFactory grains) =>
        await Exists(grains, launchId) ? TypedResults.Ok(await Grain(grains, launchId).GetForecast()) : ApiProblems.UnknownLaunch(launchId);

    public static async Task<Results<Ok<DeliveryMatrix>, ProblemHttpResult>> GetDeliveryMatrix(string launchId, IGrainFactory grains) =>
        await Exists(grains, launchId) ? TypedResults.Ok(await Grain(grains, launchId).GetMatrix()) : ApiProblems.UnknownLaunch(launchId);

    public static async Task<Results<Ok<IReadOnlyList<InboxMessage>>, ProblemHttpResult>> GetInbox(string launchId, string groupId, IGrainFactory grains) =>
        await Exists(grains, launchId) ? TypedResults.Ok(await Grain(grains, launchId).GetInbox(groupId)) : ApiProblems.UnknownLaunch(launchId);

    public sealed record BroadcastBody(string? Template, AnnouncementTarget? Target, MessageFormat Format, string? IdempotencyKey);

    public sealed record PauseBody(string? Reason);

    public sealed record PreviewBody(string? Template, string? GroupId);

    public sealed record ResendReport(int Requeued);

    public sealed record PreviewText(string Text, int Bytes);

    private static ILaunchAnnouncementsGrain Grain(IGrainFactory grains, string launchId) => grains.GetGrain<ILaunchAnnouncementsGrain>(launchId);

    private static async Task<bool> Exists(IGrainFactory grains, string launchId) =>
        await grains.GetGrain<ILaunchGrain>(launchId).GetDefinition() is not null;

    private static string Actor(HttpRequest request) => request.HttpContext.User.Identity?.Name ?? "unknown";
}
