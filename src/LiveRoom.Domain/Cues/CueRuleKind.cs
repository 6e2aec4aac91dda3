namespace LiveRoom.Domain.Cues;

/// <summary>The triggers the cue engine knows; each issues one <see cref="CueKind"/>.</summary>
public enum CueRuleKind
{
    /// <summary>No new 接龙 entry for N minutes while Live and the launch overall is moving.</summary>
    SignupStall,
    /// <summary>A negative chat message.</summary>
    NegativeMessage,
    /// <summary>A member's question unanswered for N seconds.</summary>
    UnansweredQuestion,
    /// <summary>The group's first order, then every Nth.</summary>
    OrderMilestone,
    /// <summary>The group's message rate well below its own baseline.</summary>
    QuietGroup,
}

public static class CueRuleKinds
{
    /// <summary>JSON names of the rule kinds in a launch's rule file.</summary>
    public static readonly IReadOnlyDictionary<string, CueRuleKind> ByJsonName = new Dictionary<string, CueRuleKind>(StringComparer.Ordinal)
    {
        ["signupStall"] = CueRuleKind.SignupStall,
        ["negativeMessage"] = CueRuleKind.NegativeMessage,
        ["unansweredQuestion"] = CueRuleKind.UnansweredQuestion,
        ["orderMilestone"] = CueRuleKind.OrderMilestone,
        ["quietGroup"] = CueRuleKind.QuietGroup,
    };

    public static string JsonName(this CueRuleKind kind) => ByJsonName.First(p => p.Value == kind).Key;

    public static CueKind Issues(this CueRuleKind kind) => kind switch
    {
        CueRuleKind.SignupStall => CueKind.LeadChat,
        CueRuleKind.NegativeMessage => CueKind.CounterNegative,
        CueRuleKind.UnansweredQuestion => CueKind.Answer,
        CueRuleKind.OrderMilestone => CueKind.ShareOrder,
        CueRuleKind.QuietGroup => CueKind.Topic,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
