using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Grains.Shared;

public static class IncidentKey
{
    public static string Of(string launchId, string incidentId) => $"{launchId}/{incidentId}";
}
