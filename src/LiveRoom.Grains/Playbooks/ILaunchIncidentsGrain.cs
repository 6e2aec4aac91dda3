using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Grains.Playbooks;

/// <summary>A launch's incidents (key: launch id): idempotent triggering and the list.</summary>
[Alias("LiveRoom.ILaunchIncidentsGrain")]
public interface ILaunchIncidentsGrain : IGrainWithStringKey
{
    [Alias("Trigger")] Task<TriggerReceipt> Trigger(TriggerRequest request);
    [Alias("List")] Task<IReadOnlyList<IncidentSummary>> List();
}
