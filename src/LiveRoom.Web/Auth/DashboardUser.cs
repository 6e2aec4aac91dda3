namespace LiveRoom.Web.Auth;

/// <summary>
/// A user from configuration ("LiveRoom:Auth:Users"). Re-applied to the user directory at every
/// start (docs/configuration.md): configuration stays the source of truth for its users.
/// </summary>
public sealed class DashboardUser
{
    public string Name { get; set; } = "";
    public string Password { get; set; } = "";
    public string Role { get; set; } = Roles.Operator;
}

public static class Roles
{
    public const string Viewer = "Viewer";
    public const string Operator = "Operator";
    public const string CrisisHandler = "CrisisHandler";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Operator, CrisisHandler, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
