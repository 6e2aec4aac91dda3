using LiveRoom.Domain.Cues;

namespace LiveRoom.Domain.Playbooks;

/// <summary>The placeholders a playbook's announce / cue / checklist text may use.</summary>
public static class PlaybookText
{
    public static readonly IReadOnlySet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal)
        { "group", "sku", "link", "launch" };

    public static ScriptTemplate? TryParse(string? source, out string? error) => ScriptTemplate.TryParse(source, Placeholders, out error);
}
