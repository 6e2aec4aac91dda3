namespace LiveRoom.Web.Auth;

/// <summary>A user from configuration ("LiveRoom:Auth:Users"). Durable users and roles come with the playbooks work.</summary>
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
}
