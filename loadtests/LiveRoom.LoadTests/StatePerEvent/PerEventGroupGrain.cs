namespace LiveRoom.LoadTests.StatePerEvent;

/// <summary>A group of the state-per-event design: keyed "{run}/{groupId}".</summary>
public interface IPerEventGroupGrain : IGrainWithStringKey
{
    /// <summary>Applies the events in order, writing the state after each one; returns the writes made.</summary>
    Task<int> Apply(PerEvent[] events);
}

/// <summary>
/// The design LiveRoom's batching replaces (the durable mode's 10× yardstick): apply one event, await its
/// state write, then the next. Not reentrant, like a plain grain: a second call waits for the
/// first one's writes. Uses the storage name and the serializer of LiveRoom's durable mode.
/// </summary>
public sealed class PerEventGroupGrain(
    [PersistentState("group", PerEventSilo.StorageName)] IPersistentState<PerEventGroupState> store) : Grain, IPerEventGroupGrain
{
    public async Task<int> Apply(PerEvent[] events)
    {
        var writes = 0;
        foreach (var e in events)
        {
            if (!store.State.Apply(e)) continue;
            await store.WriteStateAsync();
            writes++;
        }
        return writes;
    }
}
