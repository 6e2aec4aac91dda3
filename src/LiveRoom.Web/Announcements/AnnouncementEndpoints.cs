using LiveRoom.Domain.Announcements;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Launches;
using LiveRoom.Web.Access;
using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Announcements;

/// <summary>Announcement plans, broadcasts and delivery status over HTTP (docs/http-api.md).</summary>
public static class AnnouncementEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapAnnouncementEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/launches/{launchId}/announcements").RequireAuthorization().DisableAntiforgery().WithTags("Announcements");

        api.MapGet("/", async (string launchId, IGrainFactory grains) =>
            await Exists(grains, launchId) ? Results.Ok(await Grain(grains, launchId).GetView()) : NotFound(launchId));

        api.MapPut("/plan", async (string launchId, HttpRequest request, IGrainFactory grains) =>
        {
            if (!await Exists(grains, launchId)) return NotFound(launchId);
            var (plan, problem) = await ApiJson.ReadAsync<AnnouncementPlan>(request);
            if (problem is not null) return problem;
            var errors = await Grain(grains, launchId).SavePlan(plan!, Actor(request));
            return errors.Count > 0 ? Results.ValidationProblem(errors, title: "Invalid plan") : Results.Ok(await Grain(grains, launchId).GetView());
        }).RequireAuthorization(Policies.Operate);

        api.MapPost("/entries/{entryId}/cancel", async (string launchId, string entryId, HttpRequest request, IGrainFactory grains) =>
        {
            if (!await Exists(grains, launchId)) return NotFound(launchId);
            return await Grain(grains, launchId).CancelEntry(entryId, Actor(request))
                ? Results.NoContent()
                : Results.Problem(statusCode: 404, title: "Unknown entry", detail: $"The plan has no entry '{entryId}'.");
        }).RequireAuthorization(Policies.Operate);

        api.MapPost("/broadcast", async (string launchId, HttpRequest request, IGrainFactory grains) =>
        {
            if (!await Exists(grains, launchId)) return NotFound(launchId);
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
            if (errors.Count > 0) return Results.ValidationProblem(errors, title: "Invalid broadcast");
            return Results.Accepted($"/api/launches/{launchId}/announcements/matrix", await grain.Broadcast(broadcast));
        }).RequireAuthorization(Policies.Operate);

        api.MapPost("/pause", async (string launchId, HttpRequest request, IGrainFactory grains) =>
        {
            if (!await Exists(grains, launchId)) return NotFound(launchId);
            var (body, problem) = await ApiJson.ReadAsync<PauseBody>(request);
            if (problem is not null) return problem;
            if (string.IsNullOrWhiteSpace(body!.Reason) || body.Reason.Length > 500)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["must be 1–500 characters"] });
            await Grain(grains, launchId).Pause(Actor(request), body.Reason);
            return Results.NoContent();
        }).RequireAuthorization(Policies.Operate);

        api.MapPost("/resume", async (string launchId, HttpRequest request, IGrainFactory grains) =>
        {
            if (!await Exists(grains, launchId)) return NotFound(launchId);
            await Grain(grains, launchId).Resume(Actor(request));
            return Results.NoContent();
        }).RequireAuthorization(Policies.Operate);

        api.MapPost("/resend-failed", async (string launchId, HttpRequest request, IGrainFactory grains) =>
            await Exists(grains, launchId)
                ? Results.Ok(new { requeued = await Grain(grains, launchId).ResendFailed(Actor(request)) })
                : NotFound(launchId)).RequireAuthorization(Policies.Operate);

        api.MapPost("/preview", async (string launchId, HttpRequest request, IGrainFactory grains) =>
        {
            if (!await Exists(grains, launchId)) return NotFound(launchId);
            var (body, problem) = await ApiJson.ReadAsync<PreviewBody>(request);
            if (problem is not null) return problem;
            if (string.IsNullOrWhiteSpace(body!.GroupId))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["groupId"] = ["is required"] });
            var preview = await Grain(grains, launchId).Preview(body.Template ?? "", body.GroupId);
            return preview.Text is null
                ? Results.ValidationProblem(new Dictionary<string, string[]> { [preview.Errors.Any(e => e.StartsWith("unknown group", StringComparison.Ordinal)) ? "groupId" : "template"] = [.. preview.Errors] })
                : Results.Ok(new { text = preview.Text, bytes = preview.Bytes });
        });

        api.MapGet("/matrix", async (string launchId, IGrainFactory grains) =>
            await Exists(grains, launchId) ? Results.Ok(await Grain(grains, launchId).GetMatrix()) : NotFound(launchId));

        api.MapGet("/inbox/{groupId}", async (string launchId, string groupId, IGrainFactory grains) =>
            await Exists(grains, launchId) ? Results.Ok(await Grain(grains, launchId).GetInbox(groupId)) : NotFound(launchId));

        return app;
    }

    public sealed record BroadcastBody(string? Template, AnnouncementTarget? Target, MessageFormat Format, string? IdempotencyKey);

    public sealed record PauseBody(string? Reason);

    public sealed record PreviewBody(string? Template, string? GroupId);

    private static ILaunchAnnouncementsGrain Grain(IGrainFactory grains, string launchId) => grains.GetGrain<ILaunchAnnouncementsGrain>(launchId);

    private static async Task<bool> Exists(IGrainFactory grains, string launchId) =>
        await grains.GetGrain<ILaunchGrain>(launchId).GetDefinition() is not null;

    private static string Actor(HttpRequest request) => request.HttpContext.User.Identity?.Name ?? "unknown";

    private static IResult NotFound(string launchId) =>
        Results.Problem(statusCode: 404, title: "Unknown launch", detail: $"There is no launch '{launchId}'.");
}
