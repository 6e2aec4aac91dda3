using LiveRoom.Domain.Delivery;

namespace LiveRoom.Grains.Abstractions;

/// <summary>
/// One slice of a launch's outbox (key: "{launch}/{partition}", groups hashed over the partitions):
/// stores deliveries before they are attempted (one write per batch), sends them with retries and
/// rate limits, keeps dead letters and the inbox channel of its groups.
/// </summary>
[Alias("LiveRoom.IOutboxPartitionGrain")]
public interface IOutboxPartitionGrain : IGrainWithStringKey
{
    /// <summary>Durable when it returns; a message whose key is already stored is ignored. Returns how many were new.</summary>
    [Alias("Enqueue")] Task<int> Enqueue(IReadOnlyList<OutboundMessage> messages);
    [Alias("SetPaused")] Task SetPaused(bool paused);
    /// <summary>Marks queued deliveries of an announcement cancelled (a cancelled entry); returns how many.</summary>
    [Alias("Cancel")] Task<int> Cancel(string announcementId);
    [Alias("ResendFailed")] Task<int> ResendFailed();
    [Alias("GetDeliveries")] Task<IReadOnlyList<DeliveryRow>> GetDeliveries();
    /// <summary>The deliveries of these announcements only (an incident following its broadcasts).</summary>
    [Alias("GetDeliveriesOf")] Task<IReadOnlyList<DeliveryRow>> GetDeliveriesOf(IReadOnlyList<string> announcementIds);
    [Alias("GetInbox")] Task<IReadOnlyList<InboxMessage>> GetInbox(string groupId);
}

[GenerateSerializer, Immutable, Alias("LiveRoom.DeliveryRow.v1")]
public sealed record DeliveryRow(
    [property: Id(0)] string GroupId,
    [property: Id(1)] string AnnouncementId,
    [property: Id(2)] DeliveryStatus Status,
    [property: Id(3)] int Attempts,
    [property: Id(4)] string? Error,
    [property: Id(5)] DateTimeOffset? SentAt);

/// <summary>Groups × announcements; <see cref="Rows"/> in group order, one status per announcement column (null = not targeted).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.DeliveryMatrix.v1")]
public sealed record DeliveryMatrix
{
    [Id(0)] public IReadOnlyList<Domain.Announcements.Announcement> Announcements { get; init; } = [];
    [Id(1)] public IReadOnlyList<DeliveryMatrixRow> Rows { get; init; } = [];
    [Id(2)] public IReadOnlyList<DeliveryRow> DeadLetters { get; init; } = [];
}

[GenerateSerializer, Immutable, Alias("LiveRoom.DeliveryMatrixRow.v1")]
public sealed record DeliveryMatrixRow(
    [property: Id(0)] string GroupId,
    [property: Id(1)] string GroupName,
    [property: Id(2)] IReadOnlyList<DeliveryStatus?> Cells);

public static class OutboxKey
{
    public static string Of(string launchId, int partition) => $"{launchId}/{partition}";

    /// <summary>Stable across processes (string.GetHashCode is randomised per process).</summary>
    public static int PartitionOf(string groupId, int partitions)
    {
        var h = 2166136261u;
        foreach (var c in groupId) h = (h ^ c) * 16777619u;
        return (int)(h % (uint)partitions);
    }
}
