namespace LiveRoom.Domain.Groups;

/// <summary>Whether one of the group's own people is in it, by the newest word on them.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.MemberPresence.v1")]
public sealed record MemberPresence(
    [property: Id(0)] bool Present,
    [property: Id(1)] DateTimeOffset At);
