namespace LiveRoom.Web.Access;

public static class Roles
{
    public const string Viewer = "Viewer";
    public const string Operator = "Operator";
    public const string CrisisHandler = "CrisisHandler";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Operator, CrisisHandler, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
