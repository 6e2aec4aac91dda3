using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Tests.Cluster;

namespace LiveRoom.Grains.Tests.Announcements;

/// <summary>Announcement tests: a launch per test, a real receiver per test.</summary>
public abstract class AnnouncementTest(ClusterFixture fixture) : ClusterTest(fixture), IAsyncLifetime
{
    protected const string Secret = "test-webhook-secret-0123456789";

    protected Receiver Receiver { get; } = new();

    protected ILaunchAnnouncementsGrain Announcements => Client.GetGrain<ILaunchAnnouncementsGrain>(LaunchId);

    protected GroupRegistration Webhook(string id, string path = "hook") =>
        Group(id) with { Channel = new DeliveryChannel { Kind = ChannelKind.Webhook, Url = Receiver.Url + path, Secret = Secret } };

    protected GroupRegistration WeCom(string id, string robot = "robot", int? perMinute = null) =>
        Group(id) with { Channel = new DeliveryChannel { Kind = ChannelKind.WeCom, Url = Receiver.Url + robot, PerMinute = perMinute } };

    protected Task<BroadcastReceipt> Broadcast(string template, string key = "k1", AnnouncementTarget? target = null) =>
        Announcements.Broadcast(new BroadcastRequest { Template = template, Actor = "tester", IdempotencyKey = key, Target = target ?? AnnouncementTarget.All });

    protected async Task<IReadOnlyList<DeliveryRow>> Deliveries()
    {
        var partitions = int.Parse(ClusterFixture.Configuration["LiveRoom:Outbox:Partitions"]!);
        var rows = await Task.WhenAll(Enumerable.Range(0, partitions)
            .Select(p => Client.GetGrain<IOutboxPartitionGrain>(OutboxKey.Of(LaunchId, p)).GetDeliveries()));
        return rows.SelectMany(r => r).ToList();
    }

    protected Task<IReadOnlyList<DeliveryRow>> DeliveriesUntil(Func<IReadOnlyList<DeliveryRow>, bool> done, string what, TimeSpan? timeout = null) =>
        Wait.Until(Deliveries, done, what, timeout);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Receiver.DisposeAsync();
}
