using LiveRoom.Domain.Cues;

namespace LiveRoom.Grains.Cues;

/// <summary>A member link (key: SHA-256 of its token): which person of which launch it opens.</summary>
[Alias("LiveRoom.IMemberLinkGrain")]
public interface IMemberLinkGrain : IGrainWithStringKey
{
    [Alias("Bind")] Task Bind(string launchId, string person);
    [Alias("Revoke")] Task Revoke();
    /// <summary>Null when no link has this token.</summary>
    [Alias("Resolve")] Task<MemberLinkTarget?> Resolve();
}
