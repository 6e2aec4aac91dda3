using LiveRoom.Domain.Announcements;

namespace LiveRoom.Grains.Announcements;

[GenerateSerializer, Alias("LiveRoom.OutboxItem.v1")]
public sealed class OutboxItem
{
    [Id(0)] public required OutboundMessage Message { get; set; }
    [Id(1)] public DeliveryStatus Status { get; set; }
    [Id(2)] public int Attempts { get; set; }
    [Id(3)] public DateTimeOffset NextAttemptAt { get; set; }
    [Id(4)] public string? Error { get; set; }
    [Id(5)] public DateTimeOffset? SentAt { get; set; }

    public bool IsPending => Status is DeliveryStatus.Queued or DeliveryStatus.Retrying;

    public DeliveryRow ToRow() => new(Message.GroupId, Message.AnnouncementId, Status, Attempts, Error, SentAt);
}
