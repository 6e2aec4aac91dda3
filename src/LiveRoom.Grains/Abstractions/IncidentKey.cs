using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Grains.Abstractions;

public static class IncidentKey
{
    public static string Of(string launchId, string incidentId) => $"{launchId}/{incidentId}";
}
