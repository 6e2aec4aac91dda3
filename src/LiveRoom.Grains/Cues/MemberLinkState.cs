using LiveRoom.Domain.Cues;

namespace LiveRoom.Grains.Cues;

[GenerateSerializer, Alias("LiveRoom.MemberLinkState.v1")]
public sealed class MemberLinkState
{
    [Id(0)] public string? LaunchId { get; set; }
    [Id(1)] public string? Person { get; set; }
    [Id(2)] public bool Revoked { get; set; }
}
