namespace LiveRoom.Domain.Groups;

/// <summary>One membership change as the group page lists it.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.MemberChange.v1")]
public sealed record MemberChange(
    [property: Id(0)] string MemberId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] bool Joined);
