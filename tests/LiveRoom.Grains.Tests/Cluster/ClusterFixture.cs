using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Hosting;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Tests.Playbooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace LiveRoom.Grains.Tests.Cluster;

/// <summary>
/// One in-process cluster of two silos for every grain test (the first cluster of a process costs
/// seconds): memory storage under <see cref="StorageNames.Default"/> and the LiveRoom pipeline with
/// short clocks given through configuration, as the host gives them.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);

    public static readonly IConfiguration Configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{PipelineOptions.Section}:{nameof(PipelineOptions.IngestFlushInterval)}"] = "00:00:00.050",
            [$"{PipelineOptions.Section}:{nameof(PipelineOptions.ReportFlushInterval)}"] = "00:00:00.050",
            [$"{PipelineOptions.Section}:{nameof(PipelineOptions.TickInterval)}"] = Tick.ToString(),
            [$"{PipelineOptions.Section}:{nameof(PipelineOptions.PersistInterval)}"] = "00:00:01",
            [$"{PipelineOptions.Section}:{nameof(PipelineOptions.PageViewDedupWindow)}"] = "100000",
            [$"{OutboxOptions.Section}:{nameof(OutboxOptions.Partitions)}"] = "4",
            [$"{OutboxOptions.Section}:{nameof(OutboxOptions.RetryBaseDelay)}"] = "00:00:00.050",
            [$"{OutboxOptions.Section}:{nameof(OutboxOptions.RetryMaxDelay)}"] = "00:00:00.200",
            [$"{OutboxOptions.Section}:{nameof(OutboxOptions.MaxAttempts)}"] = "4",
            [$"{OutboxOptions.Section}:{nameof(OutboxOptions.SendTimeout)}"] = "00:00:02",
            [$"{OutboxOptions.Section}:{nameof(OutboxOptions.RateWindow)}"] = "00:00:02",
            [$"{OutboxOptions.Section}:{nameof(OutboxOptions.StaffPostLateAfter)}"] = "00:00:02",
            [$"{NotifyOptions.Section}:Targets:hook:Url"] = WebhookReceiver.Shared.Url,
            [$"{NotifyOptions.Section}:Targets:hook:Secret"] = WebhookReceiver.Secret,
        })
        .Build();

    public InProcessTestCluster Cluster { get; }

    /// <summary>Stands in for announcements and cues on both silos (the rest of a playbook is real), except for launches in <see cref="RealOrRecordedEffects.Real"/>.</summary>
    public static readonly RecordingPlaybookEffects Effects = new(TimeProvider.System);

    /// <summary>One journal for both silos, as Redis is for the nodes of the durable mode.</summary>
    public static readonly MemoryEventJournal Journal = new();

    public ClusterFixture() : this(Configuration) { }

    /// <summary>A cluster of its own with other pipeline settings (costs ~0.3 s after the first).</summary>
    protected ClusterFixture(IConfiguration configuration)
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Default);
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton<IPlaybookEffects>(sp => new RealOrRecordedEffects(Effects, new GrainPlaybookEffects(sp.GetRequiredService<IGrainFactory>())));
            silo.Services.AddSingleton<IEventJournal>(Journal);
            silo.AddLiveRoomPipeline(configuration);
        });
        Cluster = builder.Build();
    }

    public IClusterClient Client => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
