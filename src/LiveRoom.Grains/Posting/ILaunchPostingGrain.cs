using LiveRoom.Grains.Cues;

namespace LiveRoom.Grains.Posting;

/// <summary>
/// A launch's staff posting links (key: launch id): one per owner or assistant of a staff-posted
/// group, issued (shown once), listed and revoked by an operator.
/// </summary>
[Alias("LiveRoom.ILaunchPostingGrain")]
public interface ILaunchPostingGrain : IGrainWithStringKey
{
    /// <summary>A new token for the person; their previous link stops working. The token is returned once and stored nowhere.</summary>
    [Alias("Issue")] Task<string> Issue(string person, string actor);
    /// <summary>False when the person has no active link.</summary>
    [Alias("Revoke")] Task<bool> Revoke(string person, string actor);
    [Alias("GetLinks")] Task<IReadOnlyList<MemberLinkInfo>> GetLinks();
}
