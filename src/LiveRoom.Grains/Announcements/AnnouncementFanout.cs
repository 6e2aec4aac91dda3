using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Announcements;

/// <summary>
/// Renders an announcement for each targeted group with that group's own numbers and queues the
/// results: one Enqueue (one storage write) per outbox partition, all partitions in parallel.
/// </summary>
public sealed class AnnouncementFanout(IGrainFactory grains, int partitions)
{
    public async Task<int> Queue(LaunchDefinition launch, LaunchSnapshot? snapshot, IReadOnlyList<GroupRegistration> groups,
        Announcement announcement, DateTimeOffset now, IReadOnlyDictionary<string, string>? groupTexts = null)
    {
        var template = AnnouncementTemplate.TryParse(announcement.Template, int.MaxValue, out _);
        if (template is null) return 0;
        var targeted = announcement.Target.Select(groups);
        var rows = snapshot?.Groups.ToDictionary(g => g.Id, StringComparer.Ordinal) ?? [];
        var featured = snapshot?.Skus.FirstOrDefault();
        var messages = targeted.Select(g => new OutboundMessage
        {
            LaunchId = launch.Id,
            GroupId = g.Id,
            AnnouncementId = announcement.Id,
            Text = groupTexts?.GetValueOrDefault(g.Id) ?? template.Render(TemplateValues.For(launch, featured, g.Name, rows.GetValueOrDefault(g.Id)?.Signups ?? 0, now)),
            Format = announcement.Format,
            Late = announcement.Late,
            Channel = g.Channel ?? DeliveryChannel.Inbox,
            QueuedAt = now,
            Scheduled = announcement.EntryId is not null,
        });
        var byPartition = messages.GroupBy(m => OutboxKey.PartitionOf(m.PartitionKey, partitions));
        await Task.WhenAll(byPartition.Select(p =>
            grains.GetGrain<IOutboxPartitionGrain>(OutboxKey.Of(launch.Id, p.Key)).Enqueue(p.ToList())));
        return targeted.Count;
    }

    public IEnumerable<IOutboxPartitionGrain> All(string launchId) =>
        Enumerable.Range(0, partitions).Select(p => grains.GetGrain<IOutboxPartitionGrain>(OutboxKey.Of(launchId, p)));
}
