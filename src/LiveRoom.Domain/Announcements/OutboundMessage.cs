using LiveRoom.Domain.Announcements;

namespace LiveRoom.Domain.Announcements;

/// <summary>One rendered announcement for one group: the unit the outbox stores, sends and retries.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.OutboundMessage.v1")]
public sealed record OutboundMessage
{
    [Id(0)] public required string LaunchId { get; init; }
    [Id(1)] public required string GroupId { get; init; }
    [Id(2)] public required string AnnouncementId { get; init; }
    [Id(3)] public required string Text { get; init; }
    [Id(4)] public MessageFormat Format { get; init; }
    [Id(5)] public bool Late { get; init; }
    [Id(6)] public DeliveryChannel Channel { get; init; } = DeliveryChannel.Inbox;
    [Id(7)] public DateTimeOffset QueuedAt { get; init; }
    /// <summary>From the plan (held while the plan is paused); false for an ad-hoc broadcast, which an operator means to go now.</summary>
    [Id(8)] public bool Scheduled { get; init; }

    /// <summary>
    /// Which outbox partition holds it: a robot's or gateway's messages all land in one partition, so
    /// its per-minute limit is counted in one place; inbox and staff-posted messages spread by group
    /// (a staff page finds a group's notices in one partition).
    /// </summary>
    public string PartitionKey => Channel.IsLocal ? GroupId : Channel.RateKey;

    /// <summary>
    /// Sent as the Idempotency-Key header on every attempt of this delivery: when a retry races a
    /// slow success the gateway sees the same key twice and posts once.
    /// </summary>
    public string IdempotencyKey => $"{LaunchId}:{AnnouncementId}:{GroupId}";
}
