namespace LiveRoom.Domain.Announcements;

/// <summary>One planned notice over all its groups: how many land on time, late, or never.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.DeliveryForecastNotice.v1")]
public sealed record DeliveryForecastNotice(
    [property: Id(0)] string EntryId,
    [property: Id(1)] int Occurrence,
    [property: Id(2)] string Label,
    [property: Id(3)] DateTimeOffset DueAt,
    [property: Id(4)] int Groups,
    [property: Id(5)] int OnTime,
    [property: Id(6)] int Late,
    [property: Id(7)] int Impossible,
    [property: Id(8)] DateTimeOffset? LastLandsAt);
