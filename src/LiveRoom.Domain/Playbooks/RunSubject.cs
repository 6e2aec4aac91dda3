namespace LiveRoom.Domain.Playbooks;

/// <summary>Whose run it is: what every step's effects and timeline texts name.</summary>
public sealed record RunSubject(string LaunchId, string IncidentId, string PlaybookName, string Actor);
