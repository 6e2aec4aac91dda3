namespace LiveRoom.Domain.Setup;

/// <summary>Ids of launches, groups and SKUs appear in URLs and grain keys: keep them plain.</summary>
public static class Ids
{
    public const string Rule = "must be 1-64 characters of letters, digits, '-', '_' or '.'";

    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
