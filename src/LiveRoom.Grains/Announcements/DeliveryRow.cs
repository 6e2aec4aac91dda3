using LiveRoom.Domain.Announcements;

namespace LiveRoom.Grains.Announcements;

[GenerateSerializer, Immutable, Alias("LiveRoom.DeliveryRow.v1")]
public sealed record DeliveryRow(
    [property: Id(0)] string GroupId,
    [property: Id(1)] string AnnouncementId,
    [property: Id(2)] DeliveryStatus Status,
    [property: Id(3)] int Attempts,
    [property: Id(4)] string? Error,
    [property: Id(5)] DateTimeOffset? SentAt,
    [property: Id(6)] string? PostedBy = null,
    [property: Id(7)] DateTimeOffset? LateAt = null)
{
    public static DeliveryRow Of(OutboxItem item) =>
        new(item.Message.GroupId, item.Message.AnnouncementId, item.Status, item.Attempts, item.Error, item.SentAt, item.PostedBy, item.LateAt);
}
