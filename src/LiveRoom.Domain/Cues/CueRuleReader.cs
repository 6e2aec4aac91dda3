using System.Text.Json;
using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// Reads the rule file element by element (not by deserializing into classes) so that every error can
/// name its path and every unknown property is reported: a misspelt "cooldownSecond" silently falling
/// back to a default is exactly the mistake an operator cannot see during a launch.
/// </summary>
internal static class CueRuleReader
{
    private static readonly string[] Common = ["kind", "enabled", "cooldownSeconds", "script"];

    private static readonly Dictionary<CueRuleKind, string[]> Parameters = new()
    {
        [CueRuleKind.SignupStall] = ["stallMinutes", "minLaunchPerMinute"],
        [CueRuleKind.NegativeMessage] = ["maxAgeSeconds", "alertOperator"],
        [CueRuleKind.UnansweredQuestion] = ["afterSeconds", "target"],
        [CueRuleKind.OrderMilestone] = ["first", "every"],
        [CueRuleKind.QuietGroup] = ["ratio", "minBaselinePerMinute"],
    };

    public static List<CueRule> Read(JsonElement root, ValidationErrors errors, out CueTimings timings, out MoodLexiconOverride? lexicon, out SignalThresholds signals)
    {
        timings = CueTimings.Default;
        lexicon = null;
        signals = SignalThresholds.Default;
        if (root.ValueKind != JsonValueKind.Object) { errors.Add("$", "must be an object with a \"rules\" array"); return []; }
        var useDefaults = true;
        JsonElement? rulesArray = null;
        foreach (var p in root.EnumerateObject())
        {
            switch (p.Name)
            {
                case "useDefaults": useDefaults = Bool(p.Value, "useDefaults", errors) ?? true; break;
                case "rules":
                    if (p.Value.ValueKind != JsonValueKind.Array) errors.Add("rules", "must be an array");
                    else rulesArray = p.Value;
                    break;
                case "escalateAfterSeconds":
                    if (Positive(p, "$", errors) is { } esc) timings = timings with { EscalateAfter = TimeSpan.FromSeconds(esc) };
                    break;
                case "expireAfterSeconds":
                    if (Positive(p, "$", errors) is { } exp) timings = timings with { ExpireAfter = TimeSpan.FromSeconds(exp) };
                    break;
                case "lexicon": lexicon = MoodLexiconReader.Read(p.Value, errors); break;
                case "signals": signals = SignalThresholdsReader.Read(p.Value, errors); break;
                default: errors.Add(p.Name, "unknown property; expected \"useDefaults\", \"rules\", \"escalateAfterSeconds\", \"expireAfterSeconds\", \"lexicon\" or \"signals\""); break;
            }
        }

        if (timings.ExpireAfter <= timings.EscalateAfter)
            errors.Add("expireAfterSeconds", "must be greater than escalateAfterSeconds: a cue escalates before it expires");
        var byKind = useDefaults ? Enum.GetValues<CueRuleKind>().ToDictionary(k => k, CueRuleSet.DefaultRule) : [];
        if (rulesArray is null) return byKind.Values.ToList();

        var seen = new HashSet<CueRuleKind>();
        var index = 0;
        foreach (var element in rulesArray.Value.EnumerateArray())
        {
            var at = $"rules[{index++}]";
            var rule = ReadRule(element, at, errors);
            if (rule is null) continue;
            if (!seen.Add(rule.Kind)) { errors.Add($"{at}.kind", $"duplicate rule kind '{rule.Kind.JsonName()}'"); continue; }
            byKind[rule.Kind] = rule;
        }
        return byKind.Values.ToList();
    }

    private static CueRule? ReadRule(JsonElement e, string at, ValidationErrors errors)
    {
        if (e.ValueKind != JsonValueKind.Object) { errors.Add(at, "must be an object"); return null; }
        if (!e.TryGetProperty("kind", out var kindElement)) { errors.Add($"{at}.kind", "is required"); return null; }
        if (kindElement.ValueKind != JsonValueKind.String || !CueRuleKinds.ByJsonName.TryGetValue(kindElement.GetString()!, out var kind))
        {
            errors.Add($"{at}.kind", $"unknown rule kind {kindElement.GetRawText()}; known: {string.Join(", ", CueRuleKinds.ByJsonName.Keys)}");
            return null;
        }

        var rule = CueRuleSet.DefaultRule(kind);
        var valid = true;
        void Fail(string field, string message) { errors.Add($"{at}.{field}", message); valid = false; }

        foreach (var p in e.EnumerateObject())
        {
            var path = $"{at}.{p.Name}";
            if (!Common.Contains(p.Name) && !Parameters[kind].Contains(p.Name))
            {
                Fail(p.Name, $"unknown property for rule kind '{kind.JsonName()}'; known: {string.Join(", ", Common.Concat(Parameters[kind]))}");
                continue;
            }
            switch (p.Name)
            {
                case "kind": break;
                case "enabled": rule = rule with { Enabled = Bool(p.Value, path, errors) ?? rule.Enabled }; break;
                case "script":
                    if (p.Value.ValueKind != JsonValueKind.String) { Fail(p.Name, "must be a string"); break; }
                    var script = ScriptTemplate.TryParse(p.Value.GetString(), out var error);
                    if (script is null) Fail(p.Name, error!);
                    else rule = rule with { Script = script };
                    break;
                case "cooldownSeconds": if (NonNegative(p, at, errors) is { } c) rule = rule with { Cooldown = TimeSpan.FromSeconds(c) }; else valid = false; break;
                case "stallMinutes": if (Positive(p, at, errors) is { } s) rule = rule with { StallAfter = TimeSpan.FromMinutes(s) }; else valid = false; break;
                case "minLaunchPerMinute": if (NonNegative(p, at, errors) is { } l) rule = rule with { MinLaunchPerMinute = l }; else valid = false; break;
                case "maxAgeSeconds": if (Positive(p, at, errors) is { } a) rule = rule with { MaxAge = TimeSpan.FromSeconds(a) }; else valid = false; break;
                case "alertOperator": rule = rule with { AlertOperator = Bool(p.Value, path, errors) ?? rule.AlertOperator }; break;
                case "afterSeconds": if (NonNegative(p, at, errors) is { } q) rule = rule with { AnswerAfter = TimeSpan.FromSeconds(q) }; else valid = false; break;
                case "target":
                    var target = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null;
                    if (target == "assistant") rule = rule with { AnswerBy = ChatRole.Assistant };
                    else if (target == "seededMember") rule = rule with { AnswerBy = ChatRole.SeededMember };
                    else Fail(p.Name, "must be \"assistant\" or \"seededMember\"");
                    break;
                case "first": rule = rule with { FirstOrder = Bool(p.Value, path, errors) ?? rule.FirstOrder }; break;
                case "every":
                    if (NonNegative(p, at, errors) is not { } n) { valid = false; break; }
                    if (n != Math.Floor(n) || n > 1_000_000) Fail(p.Name, "must be a whole number up to 1000000");
                    else rule = rule with { Every = (int)n };
                    break;
                case "ratio":
                    if (Positive(p, at, errors) is not { } r) { valid = false; break; }
                    if (r >= 1) Fail(p.Name, "must be between 0 and 1 (a share of the group's baseline rate)");
                    else rule = rule with { QuietRatio = r };
                    break;
                case "minBaselinePerMinute": if (Positive(p, at, errors) is { } b) rule = rule with { MinBaselinePerMinute = b }; else valid = false; break;
            }
        }
        if (kind == CueRuleKind.OrderMilestone && !rule.FirstOrder && rule.Every == 0)
            Fail("every", "with \"first\": false must be at least 1, or the rule never fires (use \"enabled\": false)");
        return valid ? rule : null;
    }

    private static bool? Bool(JsonElement e, string path, ValidationErrors errors)
    {
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False) return e.GetBoolean();
        errors.Add(path, "must be true or false");
        return null;
    }

    private static double? Number(JsonProperty p, string at, ValidationErrors errors)
    {
        if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetDouble(out var d) && double.IsFinite(d)) return d;
        errors.Add($"{at}.{p.Name}", "must be a number");
        return null;
    }

    private static double? NonNegative(JsonProperty p, string at, ValidationErrors errors)
    {
        var d = Number(p, at, errors);
        if (d is null) return null;
        if (d < 0) { errors.Add($"{at}.{p.Name}", "must not be negative"); return null; }
        if (d > 1_000_000) { errors.Add($"{at}.{p.Name}", "must be at most 1000000"); return null; }
        return d;
    }

    private static double? Positive(JsonProperty p, string at, ValidationErrors errors)
    {
        var d = NonNegative(p, at, errors);
        if (d is 0) { errors.Add($"{at}.{p.Name}", "must be greater than 0"); return null; }
        return d;
    }
}
