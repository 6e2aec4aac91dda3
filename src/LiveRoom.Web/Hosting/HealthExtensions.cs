using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LiveRoom.Web.Hosting;

public static class HealthExtensions
{
    private const string Ready = "ready";

    public static WebApplicationBuilder AddLiveRoomHealth(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(LiveRoomOptions.Section).Get<LiveRoomOptions>() ?? new LiveRoomOptions();
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>("cluster", tags: [Ready]);
        if (options.IsPersistent)
            checks.AddRedis(_ => OrleansHostingExtensions.Redis(options).ToString(), "redis", tags: [Ready], timeout: TimeSpan.FromSeconds(3));
        return builder;
    }

    /// <summary>/health/live: the process runs. /health/ready: Redis and the cluster answer.</summary>
    public static WebApplication MapLiveRoomHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(Ready),
            ResponseWriter = WriteJson,
        }).AllowAnonymous();
        return app;
    }

    private static Task WriteJson(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        });
    }
}
