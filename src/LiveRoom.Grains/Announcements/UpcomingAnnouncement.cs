using LiveRoom.Domain.Announcements;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Announcements;

[GenerateSerializer, Immutable, Alias("LiveRoom.UpcomingAnnouncement.v1")]
public sealed record UpcomingAnnouncement(
    [property: Id(0)] string EntryId,
    [property: Id(1)] int Index,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Label,
    [property: Id(4)] string Template);
