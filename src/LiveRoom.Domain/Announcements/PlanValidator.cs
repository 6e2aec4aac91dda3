using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Announcements;

/// <summary>Save-time checks of a plan; field names as the API's JSON ("entries[2].template").</summary>
public static class PlanValidator
{
    public static readonly TimeSpan MinRepeat = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxLead = TimeSpan.FromDays(14);
    public static readonly TimeSpan MaxLateWindow = TimeSpan.FromHours(1);
    public const int MaxEntries = 100;

    /// <param name="maxBytes">The strictest byte limit among the channels of the launch's groups.</param>
    public static ValidationErrors Validate(AnnouncementPlan plan, int maxBytes, ISet<string>? knownGroups = null)
    {
        var errors = new ValidationErrors();
        if (plan.Entries.Count > MaxEntries) errors.Add("entries", $"at most {MaxEntries} entries");
        if (plan.LateWindow < TimeSpan.Zero || plan.LateWindow > MaxLateWindow)
            errors.Add("lateWindow", $"must be between 0 and {MaxLateWindow.TotalMinutes:0} minutes");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Entries.Count; i++)
        {
            var e = plan.Entries[i];
            var at = $"entries[{i}]";
            if (!Ids.IsValid(e.Id)) errors.Add($"{at}.id", "must be 1–64 letters, digits, '-' or '_'");
            else if (!ids.Add(e.Id)) errors.Add($"{at}.id", $"'{e.Id}' is used twice");
            if (e.Offset < -MaxLead || e.Offset > MaxLead) errors.Add($"{at}.offset", $"must be within {MaxLead.TotalDays:0} days of T0");
            if (e.RepeatEvery is { } every)
            {
                if (every < MinRepeat) errors.Add($"{at}.repeatEvery", $"must be at least {MinRepeat.TotalMinutes:0} minute");
                if (e.Offset < TimeSpan.Zero) errors.Add($"{at}.offset", "a repeating entry runs during the sale: offset must be T0 or later");
            }
            AddTemplateErrors(errors, $"{at}.template", e.Template, maxBytes);
            AddTargetErrors(errors, $"{at}.target", e.Target, knownGroups);
        }
        return errors;
    }

    public static void AddTemplateErrors(ValidationErrors errors, string field, string? template, int maxBytes)
    {
        AnnouncementTemplate.TryParse(template, maxBytes, out var problems);
        foreach (var p in problems) errors.Add(field, p);
    }

    public static void AddTargetErrors(ValidationErrors errors, string field, AnnouncementTarget? target, ISet<string>? knownGroups)
    {
        if (target is null) { errors.Add(field, "is required"); return; }
        switch (target.Kind)
        {
            case TargetKind.Tier when target.Tier is null: errors.Add($"{field}.tier", "is required for a tier target"); break;
            case TargetKind.Variant when string.IsNullOrWhiteSpace(target.Variant): errors.Add($"{field}.variant", "is required for a variant target"); break;
            case TargetKind.List when target.GroupIds.Count == 0: errors.Add($"{field}.groupIds", "must name at least one group"); break;
            case TargetKind.List when knownGroups is not null:
                var unknown = target.GroupIds.Where(g => !knownGroups.Contains(g)).Take(5).ToList();
                if (unknown.Count > 0) errors.Add($"{field}.groupIds", $"unknown groups: {string.Join(", ", unknown)}");
                break;
        }
    }
}
