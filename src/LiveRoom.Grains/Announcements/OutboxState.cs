using LiveRoom.Domain.Announcements;

namespace LiveRoom.Grains.Announcements;

[GenerateSerializer, Alias("LiveRoom.OutboxState.v1")]
public sealed class OutboxState
{
    /// <summary>By idempotency key: every delivery ever queued here, so a replayed enqueue is recognised.</summary>
    [Id(0)] public Dictionary<string, OutboxItem> Items { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, List<InboxMessage>> Inbox { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public bool Paused { get; set; }
}
