using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Timeline;
using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Timeline;

public static class TimelineExtensions
{
    public static WebApplicationBuilder AddLiveRoomTimeline(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OperatorLog>();
        return builder;
    }

    /// <summary>
    /// GET /api/launches/{id}/timeline?format=csv|json&amp;culture=en: the whole timeline, oldest first. Open to
    /// every logged-in user, viewers included: it says who did what and holds no keys or passwords.
    /// </summary>
    public static IEndpointRouteBuilder MapLiveRoomTimeline(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/launches/{launchId}/timeline", async (string launchId, string? format, HttpContext http, IGrainFactory grains) =>
        {
            format = (format ?? "json").ToLowerInvariant();
            if (format is not ("csv" or "json"))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["csv or json"] });
            if (await grains.GetGrain<ILaunchGrain>(launchId).GetDefinition() is null)
                return Results.Problem(statusCode: 404, title: "Unknown launch", detail: $"There is no launch '{launchId}'.");
            var entries = TimelineExport.ReadAllAsync(grains.GetGrain<ILaunchTimelineGrain>(launchId), http.RequestAborted);
            var file = $"{launchId}-timeline.{format}";
            // The reader's language as for the dashboard (?culture=en or the culture cookie; zh-CN by default).
            var english = UiCultures.IsEnglish;
            return format == "csv"
                ? Results.Stream(s => TimelineExport.WriteCsvAsync(s, entries, http.RequestAborted, english), "text/csv; charset=utf-8", file)
                : Results.Stream(s => TimelineExport.WriteJsonAsync(s, entries, http.RequestAborted, english), "application/json", file);
        }).RequireAuthorization().WithTags("Timeline");
        return app;
    }
}
