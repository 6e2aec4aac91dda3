using LiveRoom.Domain.Cues;
using LiveRoom.Grains.Cues;

namespace LiveRoom.Web.Cues;

/// <summary>Resolves a member link's token to its person; the token is the only credential.</summary>
public sealed class MemberLinks(IGrainFactory grains)
{
    public enum Outcome { Found, Unknown, Revoked }

    public async Task<(Outcome Outcome, MemberLinkTarget? Target)> ResolveAsync(string? token)
    {
        if (!MemberTokens.IsWellFormed(token)) return (Outcome.Unknown, null);
        var target = await grains.GetGrain<IMemberLinkGrain>(MemberTokens.Hash(token!)).Resolve();
        if (target is null) return (Outcome.Unknown, null);
        return target.Revoked ? (Outcome.Revoked, null) : (Outcome.Found, target);
    }
}
