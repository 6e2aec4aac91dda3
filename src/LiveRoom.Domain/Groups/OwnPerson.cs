using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Groups;

/// <summary>One of the group's own people; <see cref="Present"/> is null when no callback or list has named them yet.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.OwnPerson.v1")]
public sealed record OwnPerson(
    [property: Id(0)] string MemberId,
    [property: Id(1)] ChatRole Role,
    [property: Id(2)] bool? Present);
