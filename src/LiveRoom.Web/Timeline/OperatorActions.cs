using System.Security.Claims;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Web.Timeline;

/// <summary>The action codes operators' setup work writes (docs/http-api.md lists them).</summary>
public static class OperatorActions
{
    public const string LaunchCreated = "launch.created";
    public const string LaunchSaved = "launch.saved";
    public const string PhaseOverridden = "launch.phase";
    public const string KeysRotated = "keys.rotated";
    public const string KeysRevoked = "keys.revoked";
    public const string GroupsRegistered = "groups.registered";
    public const string GroupsImported = "groups.imported";
}
