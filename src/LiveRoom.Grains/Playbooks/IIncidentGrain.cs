using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// One incident and its playbook run (key: "{launchId}/{incidentId}"). Started once by the
/// launch's incident list; every later call is by a person (choices, acknowledgements, status).
/// Mutations return false when they do not apply (e.g. a choice for a step that has not failed).
/// </summary>
[Alias("LiveRoom.IIncidentGrain")]
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>Durable before it returns; starting an incident that exists changes nothing.</summary>
    [Alias("Start")] Task Start(string incidentId, TriggerRequest request);
    [Alias("GetView")] Task<IncidentView?> GetView();
    [Alias("Abort")] Task<bool> Abort(string actor);
    [Alias("Choose")] Task<bool> Choose(int step, FailureChoice choice, string actor);
    [Alias("Acknowledge")] Task<bool> Acknowledge(int step, IReadOnlyList<string> roles, string actor);
    [Alias("Check")] Task<bool> Check(int step, string actor);
    /// <summary>Owner, note and status at once; a backwards status refuses the whole change (<see cref="IncidentStatusFlow"/>).</summary>
    [Alias("Update")] Task<IncidentUpdate> Update(IncidentChange change);
    /// <summary>Delivery reports for a step's groups. The incident reads the outbox itself (docs/playbooks.md); this is for other reporters.</summary>
    [Alias("ReportDeliveries")] Task ReportDeliveries(int step, IReadOnlyList<GroupDelivery> deliveries);
    /// <summary>Adds or renews a node's subscription (renew within a minute); the node then gets every change pushed.</summary>
    [Alias("Subscribe")] Task Subscribe(IIncidentObserver observer);
    [Alias("Unsubscribe")] Task Unsubscribe(IIncidentObserver observer);
}
