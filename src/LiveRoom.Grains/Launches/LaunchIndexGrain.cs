using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Launches;

public sealed class LaunchIndexGrain(
    [PersistentState("launches", StorageNames.Default)] IPersistentState<Dictionary<string, LaunchSummary>> store) : Grain, ILaunchIndexGrain
{
    public async Task Upsert(LaunchSummary summary)
    {
        store.State[summary.Id] = summary;
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<LaunchSummary>> List() =>
        Task.FromResult<IReadOnlyList<LaunchSummary>>(store.State.Values.OrderByDescending(l => l.StartsAt).ToList());
}
