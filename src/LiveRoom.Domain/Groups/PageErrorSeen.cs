
namespace LiveRoom.Domain.Groups;

[GenerateSerializer, Immutable, Alias("LiveRoom.PageErrorSeen.v1")]
public sealed record PageErrorSeen([property: Id(0)] DateTimeOffset At, [property: Id(1)] string? Text);
