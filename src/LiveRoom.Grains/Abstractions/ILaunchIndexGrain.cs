namespace LiveRoom.Grains.Abstractions;

/// <summary>The list of launches (key 0). Touched only when a launch is saved, never by events.</summary>
[Alias("LiveRoom.ILaunchIndexGrain")]
public interface ILaunchIndexGrain : IGrainWithIntegerKey
{
    [Alias("Upsert")] Task Upsert(LaunchSummary summary);
    [Alias("List")] Task<IReadOnlyList<LaunchSummary>> List();
}

[GenerateSerializer, Immutable, Alias("LiveRoom.LaunchSummary.v1")]
public sealed record LaunchSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] DateTimeOffset EndsAt,
    [property: Id(4)] string TimeZone);
