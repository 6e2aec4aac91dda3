using LiveRoom.Domain.Board;

namespace LiveRoom.Web.Live;

/// <summary>Server-to-client messages of /hubs/launch (docs/hub.md).</summary>
public interface ILaunchHubClient
{
    Task Update(LaunchUpdate update);

    /// <summary>An incident the connection subscribed to changed (the whole view).</summary>
    Task Incident(LiveRoom.Grains.Abstractions.IncidentView incident);
}
