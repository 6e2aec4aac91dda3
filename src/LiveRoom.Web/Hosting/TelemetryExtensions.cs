using LiveRoom.Grains.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace LiveRoom.Web.Hosting;

/// <summary>
/// OpenTelemetry metrics for every role, scraped by Prometheus at /metrics: LiveRoom's own meter,
/// ASP.NET Core (HTTP server, Kestrel, SignalR connections), Orleans and the .NET runtime.
/// </summary>
public static class TelemetryExtensions
{
    public const string ScrapePath = "/metrics";

    /// <summary>Built-in meters of the platform; none needs an instrumentation package on .NET 10.</summary>
    private static readonly string[] Meters =
    [
        LiveRoomMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.Orleans",
        "System.Runtime",
    ];

    public static WebApplicationBuilder AddLiveRoomTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("liveroom"))
            .WithMetrics(metrics => metrics.AddMeter(Meters).AddPrometheusExporter());
        return builder;
    }

    /// <summary>
    /// Anonymous so Prometheus needs no credentials: serve it on an internal network only and
    /// never route /metrics through a public ingress (see README, "Durable mode and deployment").
    /// </summary>
    public static WebApplication MapLiveRoomTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(ScrapePath).AllowAnonymous();
        return app;
    }
}
