namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// Implemented by each web node (LaunchFeed) that shows an incident: the incident grain pushes the
/// whole view after each durable change. Views are complete, not diffs; <see cref="IncidentView.Version"/>
/// lets a receiver drop one that arrives after a newer one.
/// </summary>
[Alias("LiveRoom.IIncidentObserver")]
public interface IIncidentObserver : IGrainObserver
{
    [Alias("OnIncident")] Task OnIncident(IncidentView incident);
}
