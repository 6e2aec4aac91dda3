using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Cues;

/// <summary>
/// Resolves a member link without knowing its launch: the key is the token's hash, so a link is one
/// grain lookup and the token itself is stored nowhere.
/// </summary>
public sealed class MemberLinkGrain(
    [PersistentState("memberlink", StorageNames.Default)] IPersistentState<MemberLinkState> store) : Grain, IMemberLinkGrain
{
    public async Task Bind(string launchId, string person)
    {
        store.State.LaunchId = launchId;
        store.State.Person = person;
        store.State.Revoked = false;
        await store.WriteStateAsync();
    }

    public async Task Revoke()
    {
        if (store.State.LaunchId is null || store.State.Revoked) return;
        store.State.Revoked = true;
        await store.WriteStateAsync();
    }

    public Task<MemberLinkTarget?> Resolve() =>
        Task.FromResult(store.State is { LaunchId: { } l, Person: { } p } s ? new MemberLinkTarget(l, p, s.Revoked) : null);
}
