using LiveRoom.Domain.Cues;

namespace LiveRoom.Grains.Cues;

[GenerateSerializer, Immutable, Alias("LiveRoom.MemberLinkTarget.v1")]
public sealed record MemberLinkTarget(
    [property: Id(0)] string LaunchId,
    [property: Id(1)] string Person,
    [property: Id(2)] bool Revoked);
