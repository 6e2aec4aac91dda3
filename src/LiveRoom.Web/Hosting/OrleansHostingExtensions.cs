using System.Net;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Hosting;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains;
using Orleans.Configuration;
using Orleans.Storage;
using StackExchange.Redis;

namespace LiveRoom.Web.Hosting;

public static class OrleansHostingExtensions
{
    /// <summary>
    /// Embedded by default: a silo in this process with localhost clustering and in-memory
    /// storage. With LiveRoom:Redis: Redis clustering, grain storage and reminders, so several
    /// processes form one cluster; a web-only node joins as an Orleans client.
    /// </summary>
    public static WebApplicationBuilder AddLiveRoomCluster(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(LiveRoomOptions.Section).Get<LiveRoomOptions>() ?? new LiveRoomOptions();
        options.Validate();
        builder.Services.Configure<LiveRoomOptions>(builder.Configuration.GetSection(LiveRoomOptions.Section));
        var orleans = options.Orleans;

        if (options.HostsSilo)
        {
            builder.UseOrleans(silo =>
            {
                // A control room cannot wait the half minute of Orleans' defaults to notice a dead
                // node: its groups answer nothing meanwhile. Probing every 2 s and suspecting after
                // 2 misses declares a node dead in about 5 s, at the price of a false suspicion when
                // a node stalls that long (docs/durability.md); LiveRoom:Orleans:Membership overrides.
                silo.Configure<ClusterMembershipOptions>(o =>
                {
                    o.ProbeTimeout = TimeSpan.FromSeconds(2);
                    o.NumMissedProbesLimit = 2;
                });
                silo.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("LiveRoom:Orleans:Membership"));
                if (options.IsPersistent) UseRedis(silo, options);
                else UseEmbedded(silo, orleans);
                // In a pod: name the silo after it and remove pods of silos declared dead (RBAC in ops/k8s).
                if (options.IsPersistent && Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST") is not null) silo.UseKubernetesHosting();
                silo.AddLiveRoomOrleansDashboard(options);
                silo.AddLiveRoomPipeline(builder.Configuration);
            });
        }
        else
        {
            builder.UseOrleansClient(client =>
            {
                client.UseRedisClustering(o => o.ConfigurationOptions = Redis(options));
                client.Configure<ClusterOptions>(c => (c.ClusterId, c.ServiceId) = (orleans.ClusterId, orleans.ServiceId));
            });
        }
        return builder;
    }

    private static void UseEmbedded(ISiloBuilder silo, OrleansEndpoints orleans)
    {
        silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort, serviceId: orleans.ServiceId, clusterId: orleans.ClusterId);
        silo.AddMemoryGrainStorage(StorageNames.Default);
        // Memory storage lives and dies with this process: waiting for it before acknowledging
        // an event, or writing it on a timer, would cost throughput and protect nothing.
        silo.Services.PostConfigure<PipelineOptions>(o => o.DurableStorage = false);
        silo.UseInMemoryReminderService();
    }

    private static void UseRedis(ISiloBuilder silo, LiveRoomOptions options)
    {
        var orleans = options.Orleans;
        silo.Configure<ClusterOptions>(c => (c.ClusterId, c.ServiceId) = (orleans.ClusterId, orleans.ServiceId));
        silo.ConfigureEndpoints(IPAddress.Parse(orleans.AdvertisedIp), orleans.SiloPort, orleans.GatewayPort, listenOnAnyHostAddress: true);
        silo.UseRedisClustering(o => o.ConfigurationOptions = Redis(options));
        silo.UseRedisReminderService(o => o.ConfigurationOptions = Redis(options));
        // State is written with Orleans' own serializer: it honours [Id] and [Alias], so stored
        // types keep their names across refactors and new fields stay readable (version tolerant).
        silo.AddRedisGrainStorage(StorageNames.Default, ob => ob.Configure<IServiceProvider>((o, sp) =>
        {
            o.ConfigurationOptions = Redis(options);
            o.GrainStorageSerializer = ActivatorUtilities.CreateInstance<OrleansGrainStorageSerializer>(sp);
        }));
        // Acknowledged business events are appended here, group states are snapshots (docs/durability.md).
        silo.Services.AddSingleton<IEventJournal>(sp => new RedisEventJournal(
            ConnectionMultiplexer.ConnectAsync(Redis(options)), sp.GetRequiredService<Orleans.Serialization.Serializer>(), orleans.ServiceId));
    }

    public static ConfigurationOptions Redis(LiveRoomOptions options)
    {
        var redis = ConfigurationOptions.Parse(options.Redis!);
        redis.AbortOnConnectFail = false;
        return redis;
    }
}
