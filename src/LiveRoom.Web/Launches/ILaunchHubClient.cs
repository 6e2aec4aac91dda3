using LiveRoom.Domain.Launches;

namespace LiveRoom.Web.Launches;

/// <summary>Server-to-client messages of /hubs/launch (docs/hub.md).</summary>
public interface ILaunchHubClient
{
    Task Update(LaunchUpdate update);

    /// <summary>An incident the connection subscribed to changed (the whole view).</summary>
    Task Incident(LiveRoom.Grains.Playbooks.IncidentView incident);
}
