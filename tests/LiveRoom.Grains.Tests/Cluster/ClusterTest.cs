using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Launches;

namespace LiveRoom.Grains.Tests.Cluster;

/// <summary>Base of the grain tests: each test makes its own launch so tests never share state.</summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Slow")]
public abstract class ClusterTest(ClusterFixture fixture)
{
    protected ClusterFixture Fixture => fixture;

    protected IClusterClient Client => fixture.Client;

    private int _sentinels;

    protected string LaunchId { get; } = $"t-{Guid.NewGuid():N}"[..20];

    protected ILaunchGrain Launch => Client.GetGrain<ILaunchGrain>(LaunchId);

    /// <summary>Creates this test's launch (live since a minute ago unless told) and registers its groups.</summary>
    protected async Task CreateLaunch(IEnumerable<GroupRegistration> groups, Sku[]? skus = null, DateTimeOffset? startsAt = null)
    {
        var t0 = startsAt ?? DateTimeOffset.UtcNow.AddMinutes(-1);
        await Launch.Save(new LaunchDefinition
        {
            Id = LaunchId,
            Name = "测试发售",
            StartsAt = t0,
            EndsAt = t0.AddHours(2),
            TimeZone = "Asia/Shanghai",
            Skus = skus ?? [new Sku("sku-1", "冷敷凝胶", 99m, 199m, 1_000, 10)],
            Targets = new LaunchTargets(100, 10_000m),
        });
        await Launch.RegisterGroups(groups.ToList());
    }

    protected static GroupRegistration Group(string id, int members = 0) =>
        new() { Id = id, Name = $"群 {id}", Tier = GroupTier.Core, MemberCount = members };

    protected Task<int> Ingest(params LaunchEvent[] events) =>
        Client.GetGrain<IIngestWorker>(0).Ingest(LaunchId, events);

    protected Task<int> Ingest(IEnumerable<LaunchEvent> events) => Ingest(events.ToArray());

    protected async Task<LaunchSnapshot> Snapshot() =>
        await Launch.GetSnapshot() ?? throw new InvalidOperationException("launch does not exist");

    protected Task<LaunchSnapshot> SnapshotUntil(Func<LaunchSnapshot, bool> done, string what) =>
        Wait.Until(Snapshot, done, what);

    /// <summary>
    /// Sends one chat message to each group after everything else and waits until the board has
    /// counted them: reports carry absolute stats, so the board then reflects every earlier business
    /// event of those groups.
    /// </summary>
    protected async Task<LaunchSnapshot> Settled(params string[] groups)
    {
        var baseline = _sentinels;
        foreach (var g in groups) await Ingest(Ev.Chat($"sentinel-{_sentinels++}", g));
        var expected = baseline + groups.Length;
        return await SnapshotUntil(s => s.Totals.Messages >= expected, $"{expected} sentinel messages");
    }

    protected static GroupRow Row(LaunchSnapshot s, string group) => s.Groups.Single(g => g.Id == group);
}
