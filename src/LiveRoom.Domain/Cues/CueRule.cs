using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// One rule of a launch: trigger, thresholds, cooldown and script. One record for all kinds (each
/// kind reads only its own parameters) keeps the JSON flat and the validation in one place.
/// </summary>
public sealed record CueRule
{
    public required CueRuleKind Kind { get; init; }
    public bool Enabled { get; init; } = true;
    /// <summary>After issuing, this rule stays silent in the same group for this long.</summary>
    public TimeSpan Cooldown { get; init; }
    public required ScriptTemplate Script { get; init; }

    /// <summary>SignupStall: minutes without a new 接龙 entry ("stallMinutes").</summary>
    public TimeSpan StallAfter { get; init; } = TimeSpan.FromMinutes(3);
    /// <summary>SignupStall: the launch counts as moving at this many sign-ups + orders per minute ("minLaunchPerMinute").</summary>
    public double MinLaunchPerMinute { get; init; } = 1;

    /// <summary>NegativeMessage: older negatives are not worth countering any more ("maxAgeSeconds").</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromMinutes(3);
    /// <summary>NegativeMessage: also alert the operator board ("alertOperator").</summary>
    public bool AlertOperator { get; init; } = true;

    /// <summary>UnansweredQuestion: seconds a question waits before a cue ("afterSeconds").</summary>
    public TimeSpan AnswerAfter { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>UnansweredQuestion: who answers first ("target": "assistant" or "seededMember").</summary>
    public ChatRole AnswerBy { get; init; } = ChatRole.Assistant;

    /// <summary>OrderMilestone: cue on the group's first order ("first").</summary>
    public bool FirstOrder { get; init; } = true;
    /// <summary>OrderMilestone: cue on every Nth order; 0 = never ("every").</summary>
    public int Every { get; init; } = 10;

    /// <summary>QuietGroup: quiet when the rate is at most this share of the baseline ("ratio", 0–1).</summary>
    public double QuietRatio { get; init; } = 0.3;
    /// <summary>QuietGroup: groups that never talk much are not "quiet" ("minBaselinePerMinute").</summary>
    public double MinBaselinePerMinute { get; init; } = 1;
}
