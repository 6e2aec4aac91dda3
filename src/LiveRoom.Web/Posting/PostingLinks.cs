using LiveRoom.Domain.Cues;
using LiveRoom.Grains.Cues;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Posting;

namespace LiveRoom.Web.Posting;

/// <summary>
/// Resolves a staff posting link's token to its person. The token is the only credential; a link
/// expires with its launch (after <c>EndsAt</c> nothing is due any more, and a forwarded link
/// should not keep showing the launch's texts).
/// </summary>
public sealed class PostingLinks(IGrainFactory grains, TimeProvider clock)
{
    public enum Outcome { Found, Unknown, Revoked, Expired }

    public async Task<(Outcome Outcome, MemberLinkTarget? Target)> ResolveAsync(string? token)
    {
        if (!MemberTokens.IsWellFormed(token)) return (Outcome.Unknown, null);
        var target = await grains.GetGrain<IMemberLinkGrain>(PostingLinkKey.Of(MemberTokens.Hash(token!))).Resolve();
        if (target is null) return (Outcome.Unknown, null);
        if (target.Revoked) return (Outcome.Revoked, null);
        var launch = await grains.GetGrain<ILaunchGrain>(target.LaunchId).GetDefinition();
        if (launch is null || launch.EndsAt <= clock.GetUtcNow()) return (Outcome.Expired, null);
        return (Outcome.Found, target);
    }
}
