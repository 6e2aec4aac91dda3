using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Web.Timeline;

/// <summary>
/// The sentences operators' setup work writes to the timeline (docs/http-api.md lists them): the
/// code is the entry's action, the arguments are data, so each reader reads them in their language.
/// </summary>
public static class OperatorActions
{
    public const string LaunchCreated = TimelineActions.LaunchCreated;
    public const string LaunchSaved = TimelineActions.LaunchSaved;
    public const string PhaseOverridden = TimelineActions.PhaseOverridden;
    public const string KeysRotated = TimelineActions.KeysRotated;
    public const string KeysRevoked = TimelineActions.KeysRevoked;
    public const string GroupsRegistered = TimelineActions.GroupsRegistered;
    public const string GroupsImported = TimelineActions.GroupsImported;

    public static ServerText Created(LaunchDefinition launch) =>
        ServerText.Of(LaunchCreated, ("name", launch.Name), ("t0", LaunchChanges.Utc(launch.StartsAt)));

    public static ServerText Saved(LaunchDefinition before, LaunchDefinition after) =>
        ServerText.Of(LaunchSaved, ("changes", LaunchChanges.Describe(before, after)));

    /// <summary>The pinned phase, or <c>Auto</c> (the phase texts have one for it).</summary>
    public static ServerText Phase(LaunchPhase? phase) => ServerText.Of(PhaseOverridden, ("phase", phase?.ToString() ?? "Auto"));

    public static ServerText Rotated() => ServerText.Of(KeysRotated);

    /// <summary><paramref name="which"/>: <c>server</c>, <c>beacon</c> or <c>all</c>.</summary>
    public static ServerText Revoked(string which) => ServerText.Of(KeysRevoked, ("which", which));

    public static ServerText Registered(GroupRegistration group) => ServerText.Of(GroupsRegistered, ("name", group.Name));

    public static ServerText Imported(int imported, int rejected) => ServerText.Of(GroupsImported, ("imported", imported), ("rejected", rejected));
}
