using LiveRoom.Domain.Setup;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Groups;

/// <summary>The platforms a group can be linked to (<see cref="GroupRegistration.Links"/>) and what a link may look like.</summary>
public static class GroupLinks
{
    /// <summary>A WeCom customer group (客户群): its chat_id.</summary>
    public const string WeCom = "wecom";

    public const int MaxIdLength = 128;

    public static readonly IReadOnlySet<string> Platforms = new HashSet<string>(StringComparer.Ordinal) { WeCom };

    public static void Validate(IReadOnlyDictionary<string, string>? links, string at, ValidationErrors errors)
    {
        if (links is null) return;
        foreach (var (platform, id) in links)
        {
            if (!Platforms.Contains(platform))
                errors.Add(at + "links", $"unknown platform '{platform}'; expected one of {string.Join(", ", Platforms)}",
                    ServerText.Of(ValidationCodes.NotOneOf, ("value", platform), ("values", Platforms.ToArray())));
            else if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength || id.Any(char.IsWhiteSpace))
                errors.Add(at + "links." + platform, $"must be 1-{MaxIdLength} characters without spaces",
                    ServerText.Of(ValidationCodes.Between, ("min", 1), ("max", MaxIdLength)));
        }
    }

    /// <summary>The group's id on <paramref name="platform"/>, or null.</summary>
    public static string? Of(GroupRegistration g, string platform) => g.Links?.GetValueOrDefault(platform);
}
