namespace LiveRoom.Grains.Launches;

[GenerateSerializer, Immutable, Alias("LiveRoom.LaunchSummary.v1")]
public sealed record LaunchSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] DateTimeOffset EndsAt,
    [property: Id(4)] string TimeZone);
