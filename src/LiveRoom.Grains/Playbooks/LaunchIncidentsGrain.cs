using LiveRoom.Grains.Abstractions;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// A launch's incidents. Not reentrant on purpose: triggers are handled one after another, so two
/// confirmations with the same idempotency key (a double click, two handlers) find the first
/// one's incident and start nothing new. The key is stored before the incident starts; a crash in
/// between is healed by the retry, which starts the same incident (starting twice is harmless).
/// Two handlers confirming the same playbook for the same scope and SKU within
/// <see cref="SameTriggerWindow"/> also get one run, whatever their client tokens.
/// </summary>
public sealed class LaunchIncidentsGrain(
    [PersistentState("incidents", StorageNames.Default)] IPersistentState<LaunchIncidentsState> store,
    TimeProvider clock) : Grain, ILaunchIncidentsGrain
{
    public static readonly TimeSpan SameTriggerWindow = TimeSpan.FromSeconds(60);

    public async Task<TriggerReceipt> Trigger(TriggerRequest request)
    {
        var now = clock.GetUtcNow();
        var same = $"{request.Playbook.Id}|{request.Scope}|{request.SkuId}";
        if (store.State.ByKey.TryGetValue(request.IdempotencyKey, out var existing)
            || (store.State.LastBySubject.TryGetValue(same, out var last) && now - last.At < SameTriggerWindow && (existing = last.IncidentId) is not null))
        {
            await Incident(existing).Start(existing, request);
            return new TriggerReceipt(existing, Created: false);
        }
        var id = $"inc-{store.State.Ids.Count + 1}-{Guid.NewGuid():N}"[..16];
        store.State.LastBySubject[same] = new RecentTrigger(id, now);
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

/// <summary>Stored: idempotency key → incident id, and the incidents in trigger order.</summary>
[GenerateSerializer, Alias("LiveRoom.LaunchIncidentsState.v1")]
public sealed class LaunchIncidentsState
{
    [Id(0)] public Dictionary<string, string> ByKey { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public List<string> Ids { get; set; } = [];
    /// <summary>"{playbook}|{scope}|{sku}" → the last incident for it and when.</summary>
    [Id(2)] public Dictionary<string, RecentTrigger> LastBySubject { get; set; } = new(StringComparer.Ordinal);
}

[GenerateSerializer, Immutable, Alias("LiveRoom.RecentTrigger.v1")]
public sealed record RecentTrigger([property: Id(0)] string IncidentId, [property: Id(1)] DateTimeOffset At);
