using System.Text.Json;
using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// Reads the cue rules' optional <c>"lexicon"</c> object, the launch's own words for complaints and
/// questions (a skincare launch hears 过敏, a food launch 变质). Like the rest of the rule file, every
/// error names its path (e.g. <c>lexicon.negativeTerms[3]</c>) and unknown properties are errors.
/// </summary>
internal static class MoodLexiconReader
{
    public const int MaxWords = 500;
    public const int MaxWordLength = 20;

    private static readonly string[] Known = ["negativeTerms", "negations", "negationWindow", "questionWords", "questionEndings", "owedTerms"];

    public static MoodLexiconOverride? Read(JsonElement e, ValidationErrors errors)
    {
        const string at = "lexicon";
        if (e.ValueKind != JsonValueKind.Object) { errors.Add(at, "must be an object"); return null; }
        var result = new MoodLexiconOverride();
        foreach (var p in e.EnumerateObject())
        {
            var path = $"{at}.{p.Name}";
            switch (p.Name)
            {
                case "negativeTerms": result = result with { NegativeTerms = Words(p.Value, path, errors, allowEmpty: false) }; break;
                case "negations": result = result with { Negations = Words(p.Value, path, errors, allowEmpty: true) }; break;
                case "questionWords": result = result with { QuestionWords = Words(p.Value, path, errors, allowEmpty: true) }; break;
                case "questionEndings": result = result with { QuestionEndings = Words(p.Value, path, errors, allowEmpty: true) }; break;
                case "owedTerms": result = result with { OwedTerms = Words(p.Value, path, errors, allowEmpty: true) }; break;
                case "negationWindow":
                    if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var w) && w is >= 0 and <= MoodLexicon.MaxNegationWindow)
                        result = result with { NegationWindow = w };
                    else errors.Add(path, $"must be a whole number from 0 to {MoodLexicon.MaxNegationWindow} (characters between a negation and its term)");
                    break;
                default: errors.Add(path, $"unknown property; known: {string.Join(", ", Known)}"); break;
            }
        }
        return result;
    }

    /// <summary>
    /// A list of distinct non-blank words. An empty negative list would switch complaint detection off
    /// without saying so, so it is refused; the other lists may be empty (no negations, say).
    /// </summary>
    private static IReadOnlyList<string>? Words(JsonElement e, string path, ValidationErrors errors, bool allowEmpty)
    {
        if (e.ValueKind != JsonValueKind.Array) { errors.Add(path, "must be an array of words"); return null; }
        if (e.GetArrayLength() > MaxWords) { errors.Add(path, $"must have at most {MaxWords} words"); return null; }
        if (e.GetArrayLength() == 0 && !allowEmpty) { errors.Add(path, "must have at least one word"); return null; }
        var words = new List<string>();
        var i = 0;
        foreach (var w in e.EnumerateArray())
        {
            var text = w.ValueKind == JsonValueKind.String ? w.GetString()!.Trim() : null;
            if (string.IsNullOrEmpty(text)) errors.Add($"{path}[{i}]", "must be a non-empty string");
            else if (text.Length > MaxWordLength) errors.Add($"{path}[{i}]", $"must be at most {MaxWordLength} characters");
            else if (words.Contains(text, StringComparer.Ordinal)) errors.Add($"{path}[{i}]", $"repeats '{text}'");
            else words.Add(text);
            i++;
        }
        return words;
    }
}
