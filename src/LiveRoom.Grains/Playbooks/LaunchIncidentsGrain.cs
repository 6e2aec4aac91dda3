using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// A launch's incidents. Not reentrant on purpose: triggers are handled one after another, so two
/// confirmations with the same idempotency key (a double click, two handlers) find the first
/// one's incident and start nothing new. The key is stored before the incident starts; a crash in
/// between is healed by the retry, which starts the same incident (starting twice is harmless).
/// Idempotency comes only from the key (one per preview or confirmation dialog): there is no time
/// window per playbook and scope, because that would swallow a deliberate second run.
/// </summary>
public sealed class LaunchIncidentsGrain(
    [PersistentState("incidents", StorageNames.Default)] IPersistentState<LaunchIncidentsState> store) : Grain, ILaunchIncidentsGrain
{
    public async Task<TriggerReceipt> Trigger(TriggerRequest request)
    {
        if (store.State.ByKey.TryGetValue(request.IdempotencyKey, out var existing))
        {
            await Incident(existing).Start(existing, request);
            return new TriggerReceipt(existing, Created: false);
        }
        var id = $"inc-{store.State.Ids.Count + 1}-{Guid.NewGuid():N}"[..16];
        store.State.ByKey[request.IdempotencyKey] = id;
        store.State.Ids.Add(id);
        await store.WriteStateAsync();
        await Incident(id).Start(id, request);
        return new TriggerReceipt(id, Created: true);
    }

    public async Task<IReadOnlyList<IncidentSummary>> List()
    {
        var views = await Task.WhenAll(store.State.Ids.Select(id => Incident(id).GetView()));
        return views.OfType<IncidentView>().Select(IncidentSummary.Of).OrderByDescending(s => s.TriggeredAt).ToList();
    }

    private IIncidentGrain Incident(string id) => GrainFactory.GetGrain<IIncidentGrain>(IncidentKey.Of(this.GetPrimaryKeyString(), id));
}
