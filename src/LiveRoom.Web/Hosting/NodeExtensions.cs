using LiveRoom.Web.Access;
using LiveRoom.Web.Announcements;
using LiveRoom.Web.Cues;
using LiveRoom.Web.Demo;
using LiveRoom.Web.Ingestion;
using LiveRoom.Web.Launches;
using LiveRoom.Web.Playbooks;
using LiveRoom.Web.Posting;
using LiveRoom.Web.Sources;
using LiveRoom.Web.Timeline;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace LiveRoom.Web.Hosting;

/// <summary>Wires a LiveRoom node for its role (LiveRoom:Role): silo, web, or both.</summary>
public static class NodeExtensions
{
    public static WebApplicationBuilder AddLiveRoomNode(this WebApplicationBuilder builder)
    {
        var options = Options(builder.Configuration);
        builder.AddLiveRoomCluster().AddLiveRoomHealth().AddLiveRoomTelemetry();
        if (!options.ServesWeb) return builder;

        if (options.IsPersistent)
        {
            // Cookies issued by one node must be readable by every other node.
            builder.Services.AddDataProtection()
                .SetApplicationName("LiveRoom")
                .PersistKeysToStackExchangeRedis(() => ConnectionMultiplexer.Connect(OrleansHostingExtensions.Redis(options)).GetDatabase(), "liveroom:dataprotection-keys");
        }

        return builder.AddLiveRoomAuth()
            .AddLiveRoomApi()
            .AddLiveRoomIngestion()
            .AddLiveRoomSources()
            .AddLiveRoomLive()
            .AddLiveRoomDashboard()
            .AddLiveRoomDemo()
            .AddLiveRoomTimeline()
            .AddLiveRoomCues()
            .AddLiveRoomAnnouncements()
            .AddLiveRoomPosting()
            .AddLiveRoomPlaybooks();
    }

    public static WebApplication MapLiveRoomNode(this WebApplication app)
    {
        var options = Options(app.Configuration);
        app.MapLiveRoomHealth();
        app.MapLiveRoomTelemetry();
        if (!options.ServesWeb) return app;

        app.UseLiveRoomPipeline();
        app.MapLiveRoomAuth();
        app.MapLiveRoomApi();
        app.MapLiveRoomIngestion();
        app.MapLiveRoomSources();
        app.MapLiveRoomLive();
        app.MapLiveRoomPlaybooks();
        app.MapLiveRoomDashboard();
        app.MapLiveRoomTimeline();
        app.MapLiveRoomCues();
        app.MapLiveRoomAnnouncements();
        app.MapLiveRoomPosting();
        app.MapLiveRoomOrleansDashboard(options);
        return app;
    }

    private static LiveRoomOptions Options(IConfiguration configuration) =>
        configuration.GetSection(LiveRoomOptions.Section).Get<LiveRoomOptions>() ?? new LiveRoomOptions();
}
