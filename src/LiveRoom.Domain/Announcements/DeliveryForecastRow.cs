using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Announcements;

/// <summary>
/// One notice in one group, as planned: when it is due, when the channel's limits let it be sent
/// and land, the verdict, why (a text code) and what would fix it.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.DeliveryForecastRow.v1")]
public sealed record DeliveryForecastRow(
    [property: Id(0)] string EntryId,
    [property: Id(1)] int Occurrence,
    [property: Id(2)] string GroupId,
    [property: Id(3)] ChannelKind Channel,
    [property: Id(4)] DateTimeOffset DueAt,
    [property: Id(5)] DateTimeOffset? LandsAt,
    [property: Id(6)] DeliveryVerdict Verdict,
    [property: Id(7)] ServerText? Reason,
    [property: Id(8)] IReadOnlyList<ServerText> Fixes)
{
    public TimeSpan LateBy => LandsAt is { } at && at > DueAt ? at - DueAt : TimeSpan.Zero;
}
