using LiveRoom.Domain.Cues;

namespace LiveRoom.Grains.Cues;

[GenerateSerializer, Immutable, Alias("LiveRoom.MemberLinkInfo.v1")]
public sealed record MemberLinkInfo(
    [property: Id(0)] string Person,
    [property: Id(1)] string TokenHash,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] string CreatedBy,
    [property: Id(4)] DateTimeOffset? RevokedAt)
{
    public bool Active => RevokedAt is null;
}
