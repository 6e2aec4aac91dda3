using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Timeline;

public sealed class TimelinePageGrain(
    [PersistentState("page", StorageNames.Default)] IPersistentState<List<TimelineEntry>> store) : Grain, ITimelinePageGrain
{
    public async Task Store(IReadOnlyList<TimelineEntry> entries)
    {
        store.State = [.. entries];
        await store.WriteStateAsync();
    }

    public Task<IReadOnlyList<TimelineEntry>> Get() => Task.FromResult<IReadOnlyList<TimelineEntry>>(store.State);
}
