namespace LiveRoom.Web.Access;

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
