using LiveRoom.Grains;

namespace LiveRoom.Web.Hosting;

public static class OrleansHostingExtensions
{
    /// <summary>
    /// Co-hosts an Orleans silo in the web process. Embedded by default: localhost clustering and
    /// in-memory grain storage. The Redis mode (several nodes, durable) plugs in here.
    /// </summary>
    public static WebApplicationBuilder AddLiveRoomCluster(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(LiveRoomOptions.Section).Get<LiveRoomOptions>() ?? new LiveRoomOptions();
        builder.Services.Configure<LiveRoomOptions>(builder.Configuration.GetSection(LiveRoomOptions.Section));
        if (options.IsPersistent)
            throw new NotSupportedException("LiveRoom:Redis is set, but this build runs the embedded mode only; unset it to run in memory.");

        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(options.Orleans.SiloPort, options.Orleans.GatewayPort, serviceId: options.Orleans.ServiceId, clusterId: options.Orleans.ClusterId);
            silo.AddMemoryGrainStorage(StorageNames.Default);
            silo.AddLiveRoomPipeline(builder.Configuration);
        });
        return builder;
    }
}
