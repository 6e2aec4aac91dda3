namespace LiveRoom.Grains.Shared;

/// <summary>An incident grain's key, "{launchId}/{incidentId}"; built and read only here.</summary>
public readonly record struct IncidentKey(string LaunchId, string IncidentId)
{
    public static string Of(string launchId, string incidentId) => new IncidentKey(launchId, incidentId).ToString();

    /// <summary>Launch ids have no slash (<c>Ids.Rule</c>); everything after the first one is the incident id.</summary>
    public static IncidentKey Parse(string key)
    {
        var slash = key.IndexOf('/');
        if (slash <= 0) throw new FormatException($"'{key}' is not an incident key (launch/incident)");
        return new(key[..slash], key[(slash + 1)..]);
    }

    public override string ToString() => $"{LaunchId}/{IncidentId}";
}
