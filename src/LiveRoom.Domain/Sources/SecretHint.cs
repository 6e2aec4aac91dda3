namespace LiveRoom.Domain.Sources;

/// <summary>
/// What an operator sees of a secret after pasting it: its last four characters, enough to tell
/// which one is configured, never enough to use it. Short secrets show nothing at all.
/// </summary>
public static class SecretHint
{
    public static string Mask(string? secret) =>
        string.IsNullOrEmpty(secret) ? "" : secret.Length < 12 ? "••••" : "••••" + secret[^4..];
}
