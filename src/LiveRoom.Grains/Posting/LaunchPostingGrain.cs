using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Cues;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Timeline;

namespace LiveRoom.Grains.Posting;

/// <summary>
/// The shell around a launch's posting links. Only the SHA-256 of a token is kept (here and as the
/// link grain's key), so reading the storage gives nobody a working link. Issuing and revoking are
/// written before they answer and recorded on the security timeline: a link is a credential.
/// </summary>
public sealed class LaunchPostingGrain(
    [PersistentState("posting", StorageNames.Default)] IPersistentState<LaunchPostingState> store,
    TimeProvider clock) : Grain, ILaunchPostingGrain
{
    private string LaunchId => this.GetPrimaryKeyString();

    public async Task<string> Issue(string person, string actor)
    {
        if (store.State.Links.TryGetValue(person, out var old) && old.Active)
            await Link(old.TokenHash).Revoke();
        var token = MemberTokens.New();
        var hash = MemberTokens.Hash(token);
        await Link(hash).Bind(LaunchId, person);
        store.State.Links[person] = new MemberLinkInfo(person, hash, clock.GetUtcNow(), actor, null);
        await store.WriteStateAsync();
        await Record(TimelineActions.PostingLinkIssued, actor, person);
        return token;
    }

    public async Task<bool> Revoke(string person, string actor)
    {
        if (!store.State.Links.TryGetValue(person, out var link) || !link.Active) return false;
        await Link(link.TokenHash).Revoke();
        store.State.Links[person] = link with { RevokedAt = clock.GetUtcNow() };
        await store.WriteStateAsync();
        await Record(TimelineActions.PostingLinkRevoked, actor, person);
        return true;
    }

    public Task<IReadOnlyList<MemberLinkInfo>> GetLinks() =>
        Task.FromResult<IReadOnlyList<MemberLinkInfo>>(store.State.Links.Values.OrderBy(l => l.Person, StringComparer.Ordinal).ToList());

    private IMemberLinkGrain Link(string hash) => GrainFactory.GetGrain<IMemberLinkGrain>(PostingLinkKey.Of(hash));

    private Task Record(string action, string actor, string person) =>
        GrainFactory.GetGrain<ILaunchTimelineGrain>(LaunchId).Append([new TimelineEntry
        {
            At = clock.GetUtcNow(), Kind = TimelineKind.Security, Actor = actor, Action = action, Args = ServerText.ArgsOf(("person", person)),
        }]);
}
