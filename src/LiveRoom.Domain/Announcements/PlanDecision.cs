namespace LiveRoom.Domain.Announcements;

/// <summary>What the planner decided at one moment.</summary>
public sealed record PlanDecision(
    IReadOnlyList<DueOccurrence> Due,
    IReadOnlyList<DueOccurrence> Skipped,
    IReadOnlyDictionary<string, int> Done,
    DateTimeOffset? NextAt);
