using System.Text;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// A 话术 with placeholders <c>{group}</c> <c>{sku}</c> <c>{remaining}</c> <c>{question}</c> <c>{quote}</c>;
/// <c>{{</c> and <c>}}</c> are literal braces. Parsing happens when a rule file is loaded, so a typo is
/// a validation error for the operator then, never a crash or a raw "{grup}" in a group chat later.
/// </summary>
public sealed class ScriptTemplate
{
    public static readonly IReadOnlySet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal)
        { "group", "sku", "remaining", "question", "quote" };

    public const int MaxLength = 1_000;

    private readonly IReadOnlyList<(bool IsPlaceholder, string Text)> _parts;

    private ScriptTemplate(string source, IReadOnlyList<(bool, string)> parts)
    {
        Source = source;
        _parts = parts;
    }

    public string Source { get; }

    public IEnumerable<string> UsedPlaceholders => _parts.Where(p => p.IsPlaceholder).Select(p => p.Text).Distinct();

    /// <summary>Parses a script; on failure returns null and the reason.</summary>
    public static ScriptTemplate? TryParse(string? source, out string? error) => TryParse(source, Placeholders, out error);

    /// <summary>Parses a text with its own set of placeholders (playbook texts also know {link}).</summary>
    public static ScriptTemplate? TryParse(string? source, IReadOnlySet<string> placeholders, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(source)) { error = "must not be empty"; return null; }
        if (source.Length > MaxLength) { error = $"must be at most {MaxLength} characters"; return null; }
        var parts = new List<(bool, string)>();
        var text = new StringBuilder();
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '{' && i + 1 < source.Length && source[i + 1] == '{') { text.Append('{'); i++; continue; }
            if (c == '}' && i + 1 < source.Length && source[i + 1] == '}') { text.Append('}'); i++; continue; }
            if (c == '}') { error = $"unmatched '}}' at {i}; write '}}}}' for a literal brace"; return null; }
            if (c != '{') { text.Append(c); continue; }
            var end = source.IndexOf('}', i + 1);
            if (end < 0) { error = $"unclosed '{{' at {i}; write '{{{{' for a literal brace"; return null; }
            var name = source[(i + 1)..end];
            if (!placeholders.Contains(name))
            {
                error = $"unknown placeholder '{{{name}}}'; known: {string.Join(", ", placeholders.Order().Select(p => "{" + p + "}"))}";
                return null;
            }
            if (text.Length > 0) { parts.Add((false, text.ToString())); text.Clear(); }
            parts.Add((true, name));
            i = end;
        }
        if (text.Length > 0) parts.Add((false, text.ToString()));
        return new ScriptTemplate(source, parts);
    }

    /// <summary>For built-in scripts, which are known to be valid.</summary>
    public static ScriptTemplate Parse(string source) =>
        TryParse(source, out var error) ?? throw new FormatException($"invalid script '{source}': {error}");

    /// <summary>Fills the placeholders; a value that is not known renders as an empty string, never a crash.</summary>
    public string Render(IReadOnlyDictionary<string, string?> values)
    {
        var sb = new StringBuilder();
        foreach (var (isPlaceholder, text) in _parts)
            sb.Append(isPlaceholder ? values.GetValueOrDefault(text) ?? "" : text);
        return sb.ToString();
    }

    public override string ToString() => Source;
}
