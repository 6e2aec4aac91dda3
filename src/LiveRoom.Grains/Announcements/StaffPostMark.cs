namespace LiveRoom.Grains.Announcements;

/// <summary>
/// A matrix cell's person behind a staff-posted delivery: who tapped 已发 and when, or when it
/// turned late. Shown as "posted by 小美 at 19:58", never as a machine's "delivered".
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.StaffPostMark.v1")]
public sealed record StaffPostMark(
    [property: Id(0)] string? PostedBy,
    [property: Id(1)] DateTimeOffset? PostedAt,
    [property: Id(2)] DateTimeOffset? LateAt);
