using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Timeline;
using LiveRoom.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

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
        app.MapGet("/api/launches/{launchId}/timeline", ExportTimeline).RequireAuthorization().WithTags("Timeline");
        return app;
    }

    /// <summary>Streams the entries as they are read, so a long timeline never sits in memory whole.</summary>
    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportTimeline(string launchId, string? format, HttpContext http, IGrainFactory grains)
    {
        format = (format ?? "json").ToLowerInvariant();
        if (format is not ("csv" or "json")) return ApiProblems.Validation("format", "csv or json");
        if (await grains.GetGrain<ILaunchGrain>(launchId).GetDefinition() is not { } launch) return ApiProblems.UnknownLaunch(launchId);
        var entries = TimelineExport.ReadAllAsync(grains.GetGrain<ILaunchTimelineGrain>(launchId), http.RequestAborted);
        var file = $"{launchId}-timeline.{format}";
        // The reader's language as for the dashboard (?culture=en or the culture cookie; zh-CN by default).
        var english = UiCultures.IsEnglish;
        return format == "csv"
            ? TypedResults.Stream(s => TimelineExport.WriteCsvAsync(s, entries, http.RequestAborted, launch.TimeZone, english), "text/csv; charset=utf-8", file)
            : TypedResults.Stream(s => TimelineExport.WriteJsonAsync(s, entries, http.RequestAborted, english), "application/json", file);
    }
}
