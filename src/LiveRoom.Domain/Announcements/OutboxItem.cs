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
    /// <summary>When it was sent, or for a staff-posted group when a person tapped 已发.</summary>
    [Id(5)] public DateTimeOffset? SentAt { get; set; }
    /// <summary>Staff-posted group: who tapped 已发 (the link's person).</summary>
    [Id(6)] public string? PostedBy { get; set; }
    /// <summary>Staff-posted group: when it turned late; kept after it is posted, so the review sees it was.</summary>
    [Id(7)] public DateTimeOffset? LateAt { get; set; }

    public bool IsPending => Status is DeliveryStatus.Queued or DeliveryStatus.Retrying;

    /// <summary>Staff-posted and not posted yet: on the staff page, not in the send loop.</summary>
    public bool AwaitsStaff => Status is DeliveryStatus.Due or DeliveryStatus.Late;
}
