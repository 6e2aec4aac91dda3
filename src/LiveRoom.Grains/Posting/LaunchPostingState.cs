using LiveRoom.Grains.Cues;

namespace LiveRoom.Grains.Posting;

/// <summary>A launch's posting links. Stored: keep ids stable, add new ones only.</summary>
[GenerateSerializer, Alias("LiveRoom.LaunchPostingState.v1")]
public sealed class LaunchPostingState
{
    /// <summary>By person: the current link (active or revoked); only its token's hash.</summary>
    [Id(0)] public Dictionary<string, MemberLinkInfo> Links { get; set; } = new(StringComparer.Ordinal);
}
