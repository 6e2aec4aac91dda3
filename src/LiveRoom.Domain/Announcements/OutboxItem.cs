namespace LiveRoom.Domain.Announcements;

/// <summary>One delivery in an outbox partition: the message to one group and how far its sending got.</summary>
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
}
