using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Cues;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Playbooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;

namespace LiveRoom.Grains.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>Registers the per-silo parts of the pipeline. Storage and clustering are the host's choice.</summary>
    public static ISiloBuilder AddLiveRoomPipeline(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.Configure<PipelineOptions>(configuration.GetSection(PipelineOptions.Section));
        // The stored state (OrderBook, InventoryLedger, MinuteSeries) keeps private fields marked [Id]:
        // only the Orleans serializer round-trips them; the JSON storage serializers silently drop them.
        silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<IngestBuffer>();
        silo.Services.AddSingleton<GroupReportBuffer>();
        silo.Services.TryAddSingleton<IEventJournal, MemoryEventJournal>();
        silo.Services.AddSingleton<GroupRefs>();
        silo.Services.AddSingleton<PipelineFlusher>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<PipelineFlusher>());
        silo.Services.TryAddSingleton<LiveRoom.Grains.Sources.IWeComApi, LiveRoom.Grains.Sources.WeComApiClient>();
        silo.Services.AddSingleton<ClusterWatch>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<ClusterWatch>());
        silo.Services.Configure<Sources.SourceOptions>(configuration.GetSection(Sources.SourceOptions.Section));
        silo.Services.TryAddSingleton<Sources.WeChatShopApi>();
        silo.AddLiveRoomCues(configuration);
        silo.AddLiveRoomAnnouncements(configuration);
        silo.AddLiveRoomPlaybooks(configuration);
        return silo;
    }
}
