using LiveRoom.Domain.Announcements;

namespace LiveRoom.Domain.Posting;

/// <summary>One notice due to a staff-posted group, as its owner or assistant sees it on their phone page.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.StaffNotice.v1")]
public sealed record StaffNotice
{
    [Id(0)] public required string GroupId { get; init; }
    [Id(1)] public required string AnnouncementId { get; init; }
    /// <summary>Rendered with the group's own numbers when it came due.</summary>
    [Id(2)] public required string Text { get; init; }
    [Id(3)] public DeliveryStatus Status { get; init; }
    [Id(4)] public DateTimeOffset DueAt { get; init; }
    [Id(5)] public DateTimeOffset? LateAt { get; init; }
    [Id(6)] public string? PostedBy { get; init; }
    [Id(7)] public DateTimeOffset? PostedAt { get; init; }
    [Id(8)] public string GroupName { get; init; } = "";

    public static StaffNotice Of(OutboxItem item) => new()
    {
        GroupId = item.Message.GroupId, AnnouncementId = item.Message.AnnouncementId, Text = item.Message.Text,
        Status = item.Status, DueAt = item.Message.QueuedAt, LateAt = item.LateAt, PostedBy = item.PostedBy,
        PostedAt = item.Status == DeliveryStatus.Posted ? item.SentAt : null,
    };
}
