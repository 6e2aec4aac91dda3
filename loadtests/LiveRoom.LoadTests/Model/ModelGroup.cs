namespace LiveRoom.LoadTests.Model;

/// <summary>One group of the modelled launch: its registration and its 接龙 as it will grow.</summary>
public sealed record ModelGroup(string Id, int Tier, int InitialMembers, string ChainHeader, List<string> ChainLines)
{
    /// <summary>
    /// Planted members (水军 / 托) registered with the group: 2–3 in each core group (glossary in docs/architecture.md). They
    /// send no events of their own (never the first to join), so the truth is the same with or
    /// without them; they receive the cue engine's cues and the run acknowledges a share of them.
    /// </summary>
    public IReadOnlyList<string> SeededMembers { get; init; } = [];

    /// <summary>A seeded member's id: unique in the launch, since member links are per person and launch.</summary>
    public static string SeededMemberId(string groupId, int k) => $"s-{groupId}-{k}";

    public static string TierName(int tier) => tier switch { 0 => "Pond", 1 => "Transit", _ => "Core" };

    /// <summary>Member ids: m0… are the registered members; joiners continue the numbering.</summary>
    public static string MemberId(int member) => $"m{member}";
}
