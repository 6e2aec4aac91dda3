using LiveRoom.Domain.Announcements;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Announcements;

[GenerateSerializer, Immutable, Alias("LiveRoom.InboxMessage.v1")]
public sealed record InboxMessage(
    [property: Id(0)] string AnnouncementId,
    [property: Id(1)] string Text,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] bool Late);
