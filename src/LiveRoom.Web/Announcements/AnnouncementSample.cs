using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Web.Announcements;

/// <summary>
/// A notice as it will read, for the board's launch-wide "next announcement" line: the launch's
/// current numbers (featured SKU, price, stock left) and {t_minus} as of when it goes out. Per-group
/// values ({group.name}, {group.signups}) differ per group, so they show as a marked sample.
/// </summary>
public static class AnnouncementSample
{
    public static string Render(string template, LaunchDefinition launch, SkuInventory? featured, DateTimeOffset sendAt,
        string groupSample, string signupsSample)
    {
        // Saved plans were checked on save; a template that no longer parses shows as written.
        if (AnnouncementTemplate.TryParse(template, int.MaxValue, out _) is not { } parsed) return template;
        var values = TemplateValues.For(launch, featured, groupSample, 0, sendAt);
        values["group.signups"] = signupsSample;
        return parsed.Render(values);
    }
}
