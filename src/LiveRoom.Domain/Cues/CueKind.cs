namespace LiveRoom.Domain.Cues;

/// <summary>What a seeded member (or the assistant) is asked to do (glossary in docs/architecture.md, 水军 roles).</summary>
public enum CueKind
{
    /// <summary>带节奏: lead the chat, e.g. post the next 接龙 entry.</summary>
    LeadChat,
    /// <summary>转负面: counter a negative message.</summary>
    CounterNegative,
    /// <summary>引关注: ask the leading question (issued by operators or playbooks; no automatic rule yet).</summary>
    AskQuestion,
    /// <summary>Answer a member's open question.</summary>
    Answer,
    /// <summary>晒单 / 促转化: share an order.</summary>
    ShareOrder,
    /// <summary>Start a topic in a group that went quiet.</summary>
    Topic,
}
