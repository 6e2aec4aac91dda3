using System.Text.Json;
using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// The cue rules of one launch. Loaded from the launch's JSON:
/// <code>
/// { "useDefaults": true, "escalateAfterSeconds": 60, "expireAfterSeconds": 600,
///   "rules": [ { "kind": "signupStall", "stallMinutes": 3, "minLaunchPerMinute": 1, "cooldownSeconds": 300, "script": "…" },
///              { "kind": "negativeMessage", "maxAgeSeconds": 180, "alertOperator": true, "cooldownSeconds": 120 },
///              { "kind": "unansweredQuestion", "afterSeconds": 60, "target": "assistant" },
///              { "kind": "orderMilestone", "first": true, "every": 10 },
///              { "kind": "quietGroup", "ratio": 0.3, "minBaselinePerMinute": 1, "enabled": false } ],
///   "lexicon": { "negativeTerms": ["骗子", "过敏"], "negations": ["不是"], "negationWindow": 3,
///                "questionWords": ["怎么"], "questionEndings": ["吗"] },
///   "signals": { "spikeCount": 3, "spikeWindowSeconds": 120, "spikeBaselineFactor": 2, "earlyJoinCount": 5 } }
/// </code>
/// A listed rule replaces the built-in rule of its kind (omitted fields take built-in values);
/// unlisted kinds keep the built-in rule unless <c>useDefaults</c> is false. A file is all valid or
/// rejected as a whole, with every error named by its path (e.g. <c>rules[2].script</c>).
/// </summary>
public sealed class CueRuleSet
{
    public const int MaxJsonLength = 64 * 1024;

    private readonly Dictionary<CueRuleKind, CueRule> _rules;

    private CueRuleSet(IEnumerable<CueRule> rules, CueTimings timings, MoodLexiconOverride? lexicon = null, SignalThresholds? signals = null)
    {
        _rules = rules.ToDictionary(r => r.Kind);
        Timings = timings;
        Lexicon = lexicon;
        Signals = signals ?? SignalThresholds.Default;
    }

    /// <summary>The launch's thresholds for negative spikes and early seeded joins ("signals").</summary>
    public SignalThresholds Signals { get; }

    /// <summary>
    /// The launch's own mood words ("lexicon"), over the configured lexicon; null keeps that one.
    /// Here because the words belong to the launch's product, like its scripts.
    /// </summary>
    public MoodLexiconOverride? Lexicon { get; }

    /// <summary>When unacknowledged cues escalate and expire ("escalateAfterSeconds", "expireAfterSeconds").</summary>
    public CueTimings Timings { get; }

    /// <summary>The enabled rules.</summary>
    public IReadOnlyList<CueRule> Rules => _rules.Values.Where(r => r.Enabled).OrderBy(r => r.Kind).ToList();

    public CueRule? Find(CueRuleKind kind) => _rules.TryGetValue(kind, out var r) && r.Enabled ? r : null;

    public static CueRuleSet Default { get; } = new(Enum.GetValues<CueRuleKind>().Select(DefaultRule), CueTimings.Default);

    public static CueRule DefaultRule(CueRuleKind kind) =>
        new() { Kind = kind, Cooldown = DefaultScripts.Cooldown(kind), Script = ScriptTemplate.Parse(DefaultScripts.For(kind)) };

    /// <summary>Loads a rule file; null with the reasons when it is not valid. Never throws on bad input.</summary>
    public static CueRuleSet? Load(string? json, out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(json)) { errors.Add("$", "is empty"); return null; }
        if (json.Length > MaxJsonLength) { errors.Add("$", $"must be at most {MaxJsonLength} characters"); return null; }
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            errors.Add("$", $"is not valid JSON: {e.Message}");
            return null;
        }
        using (doc)
        {
            var rules = CueRuleReader.Read(doc.RootElement, errors, out var timings, out var lexicon, out var signals);
            return errors.IsValid ? new CueRuleSet(rules, timings, lexicon, signals) : null;
        }
    }
}
