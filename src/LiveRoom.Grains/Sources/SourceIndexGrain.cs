using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Sources;

public sealed class SourceIndexGrain(
    [PersistentState("sources", StorageNames.Default)] IPersistentState<HashSet<string>> store) : Grain, ISourceIndexGrain
{
    public async Task Add(string sourceId)
    {
        if (store.State.Add(sourceId)) await store.WriteStateAsync();
    }

    public async Task Remove(string sourceId)
    {
        if (store.State.Remove(sourceId)) await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> List() =>
        Task.FromResult<IReadOnlyList<string>>(store.State.Order(StringComparer.Ordinal).ToList());
}
