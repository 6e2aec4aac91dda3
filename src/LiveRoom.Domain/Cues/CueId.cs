namespace LiveRoom.Domain.Cues;

/// <summary>
/// A cue's id, "{launchId}/{groupId}/{kind}/{triggerId}" plus "/{target}" for a manual cue (one per
/// seeded member); built and read only here. Deterministic, so a cue evaluated twice is the same
/// cue to the outbox and the book. Everywhere else the id is an opaque string.
/// </summary>
public readonly record struct CueId(string LaunchId, string GroupId, CueKind Kind, string TriggerId, string? Target = null)
{
    public static string Of(string launchId, string groupId, CueKind kind, string triggerId, string? target = null) =>
        new CueId(launchId, groupId, kind, triggerId, target).ToString();

    /// <summary>
    /// Launch and group ids have no slash (<c>Ids.Rule</c>) and neither have the kind or the
    /// triggers the server makes ("orders-10", "manual-…"); a person's name may, so the target is
    /// everything after the trigger.
    /// </summary>
    public static CueId Parse(string id)
    {
        var parts = id.Split('/', 5);
        if (parts.Length < 4 || parts[..4].Any(p => p.Length == 0) || !Enum.TryParse<CueKind>(parts[2], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            throw new FormatException($"'{id}' is not a cue id (launch/group/kind/trigger[/target])");
        return new(parts[0], parts[1], kind, parts[3], parts.Length == 5 ? parts[4] : null);
    }

    public override string ToString() => $"{LaunchId}/{GroupId}/{Kind}/{TriggerId}" + (Target is null ? "" : $"/{Target}");
}
