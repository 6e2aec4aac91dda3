namespace LiveRoom.Web.Access;

/// <summary>
/// Passwords that only ever come from an example file or a README: a configured user with one of
/// them (or one too short to be chosen) stops the node at start instead of opening the dashboard
/// to whoever read the same example.
/// </summary>
public static class PlaceholderPasswords
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "change-me", "changeme", "change_me", "change-it", "choose-one", "replace-me", "replaceme",
        "password", "passw0rd", "password1", "admin", "administrator", "secret", "liveroom",
        "12345678", "123456789", "qwertyuiop", "…", "...", "<password>", "your-password",
    };

    public static bool IsPlaceholder(string password) =>
        Known.Contains(password.Trim()) || password.Length < UserDirectory.MinPasswordLength;

    /// <summary>Throws naming the setting (never the value) of the first configured user whose password is a placeholder.</summary>
    public static void Refuse(IReadOnlyList<DashboardUser> configured)
    {
        for (var i = 0; i < configured.Count; i++)
        {
            var u = configured[i];
            if (!string.IsNullOrEmpty(u.Password) && IsPlaceholder(u.Password))
                throw new InvalidOperationException(
                    $"LiveRoom:Auth:Users:{i}:Password (user '{u.Name}') is an example placeholder or shorter than {UserDirectory.MinPasswordLength} characters. " +
                    "Set a real one, e.g. \"$(openssl rand -base64 24)\" (docs/configuration.md#users-and-first-run).");
        }
    }
}
