using System.Text.RegularExpressions;
using System.Text;

namespace LiveRoom.Domain.Announcements;

/// <summary>
/// A countdown notice with placeholders such as <c>{t_minus}</c> or <c>{sku.remaining}</c>;
/// <c>{{</c> / <c>}}</c> are literal braces. Checked when the plan is saved (unknown placeholder,
/// empty text, the longest possible rendering over the channel's byte limit) so an operator sees
/// the mistake then, never a raw "{sku.remain}" in a group chat at T0.
/// </summary>
public sealed partial class AnnouncementTemplate
{
    public static readonly IReadOnlyList<string> Placeholders =
        ["launch", "t_minus", "sku.name", "sku.remaining", "price", "anchor_price", "group.name", "group.signups", "link"];

    /// <summary>Generous upper bounds of each value's UTF-8 size, used to check the limit before any value is known.</summary>
    private static readonly Dictionary<string, int> WorstCaseBytes = new(StringComparer.Ordinal)
    {
        ["launch"] = 200, ["t_minus"] = 24, ["sku.name"] = 200, ["sku.remaining"] = 11, ["price"] = 16,
        ["anchor_price"] = 16, ["group.name"] = 200, ["group.signups"] = 11, ["link"] = 512,
    };

    [GeneratedRegex(@"\{\{|\}\}|\{([^{}]*)\}|[{}]")]
    private static partial Regex Token();

    private readonly IReadOnlyList<(bool IsPlaceholder, string Text)> _parts;

    private AnnouncementTemplate(string source, IReadOnlyList<(bool, string)> parts) => (Source, _parts) = (source, parts);

    public string Source { get; }

    /// <summary>Parses and checks against a channel's limit; on failure null and every problem found.</summary>
    public static AnnouncementTemplate? TryParse(string? source, int maxBytes, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        errors = problems;
        if (string.IsNullOrWhiteSpace(source)) { problems.Add("must not be empty"); return null; }
        var parts = new List<(bool, string)>();
        var last = 0;
        foreach (Match m in Token().Matches(source))
        {
            if (m.Index > last) parts.Add((false, source[last..m.Index]));
            last = m.Index + m.Length;
            switch (m.Value)
            {
                case "{{": parts.Add((false, "{")); continue;
                case "}}": parts.Add((false, "}")); continue;
                case "{" or "}": problems.Add($"unmatched '{m.Value}' at {m.Index}; double it for a literal brace"); continue;
            }
            var name = m.Groups[1].Value.Trim();
            if (Placeholders.Contains(name)) parts.Add((true, name));
            else problems.Add($"unknown placeholder '{m.Value}'; known: {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}");
        }
        if (last < source.Length) parts.Add((false, source[last..]));
        var template = new AnnouncementTemplate(source, parts);
        var worst = template.WorstCaseLength();
        if (worst > maxBytes)
            problems.Add($"can render to {worst} bytes (UTF-8), over the channel's limit of {maxBytes}");
        return problems.Count == 0 ? template : null;
    }

    public static AnnouncementTemplate Parse(string source, int maxBytes = ChannelLimits.WeComTextBytes) =>
        TryParse(source, maxBytes, out var errors) ?? throw new FormatException($"invalid template: {string.Join("; ", errors)}");

    public IEnumerable<string> UsedPlaceholders => _parts.Where(p => p.IsPlaceholder).Select(p => p.Text).Distinct();

    public int WorstCaseLength() =>
        _parts.Sum(p => p.IsPlaceholder ? WorstCaseBytes[p.Text] : Encoding.UTF8.GetByteCount(p.Text));

    /// <summary>Fills the placeholders; a value not known renders empty, never a crash.</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var sb = new StringBuilder(Source.Length + 64);
        foreach (var (isPlaceholder, text) in _parts)
            sb.Append(isPlaceholder ? values.GetValueOrDefault(text) ?? "" : text);
        return sb.ToString();
    }

    public override string ToString() => Source;
}
