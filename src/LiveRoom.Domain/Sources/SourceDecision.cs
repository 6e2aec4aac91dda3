using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The routing of one platform message, before anything is applied: the events per launch, what
/// could not be placed, and what the source must remember once the events are durable
/// (<see cref="MsgId"/>, <see cref="Trade"/>). Nothing is remembered for a message that failed to apply,
/// so the platform's retry is processed again rather than taken for a duplicate.
/// </summary>
public sealed record SourceDecision(SourceVerdict Verdict, string? Reason = null)
{
    public IReadOnlyDictionary<string, IReadOnlyList<LaunchEvent>> Events { get; init; } = new Dictionary<string, IReadOnlyList<LaunchEvent>>();
    public IReadOnlyList<UnmatchedExample> Unmatched { get; init; } = [];
    public string? MsgId { get; init; }
    public (string Tid, TradeRecord Record)? Trade { get; init; }
    /// <summary>Linked groups whose details (a WeCom chat's new name) must be read from the platform's API.</summary>
    public IReadOnlyList<WeComLink> Refresh { get; init; } = [];
}
