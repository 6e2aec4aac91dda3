using LiveRoom.LoadTests.Load;

namespace LiveRoom.LoadTests.Report;

/// <summary>
/// What the modelled seeded members did with their cues: how many they saw and acknowledged, how
/// long from a cue's issue to its acknowledgement, and what the cue board showed at the end.
/// </summary>
public sealed record SeededMemberSummary
{
    public required int SeededMembers { get; init; }
    public required double AckShare { get; init; }
    public required double MedianDelaySeconds { get; init; }
    /// <summary>Cues of the launch on the board at the end (all people, all statuses).</summary>
    public int CuesOnBoard { get; init; }
    /// <summary>Cues addressed to the modelled members that the tool saw.</summary>
    public int CuesSeen { get; init; }
    /// <summary>Of those, the ones the members decided to acknowledge.</summary>
    public int AcksPlanned { get; init; }
    /// <summary>Acknowledgements the server took as a change (`changed: true`).</summary>
    public long Acknowledged { get; init; }
    /// <summary>Answered 409: the cue had expired first.</summary>
    public long Expired { get; init; }
    /// <summary>Any other failure (no answer, 4xx/5xx).</summary>
    public long Failed { get; init; }
    /// <summary>Planned acknowledgements still not due when the run stopped.</summary>
    public int LeftAtEnd { get; init; }
    /// <summary>Cues the member's own list (GET /api/member/{token}/cues) did not show when they came to acknowledge it.</summary>
    public long NotListed { get; init; }
    /// <summary>Member links made (one per member who acknowledged anything).</summary>
    public int LinksIssued { get; init; }
    /// <summary>Cue issued (server time) → acknowledgement answered.</summary>
    public required Latency IssueToAck { get; init; }
    /// <summary>Acknowledgement due (issue + the member's delay) → answered: the tool's discovery lag plus the API.</summary>
    public required Latency Lag { get; init; }
    /// <summary>Cues the board shows acknowledged at the end (acknowledgedAt set), for the truth check.</summary>
    public int BoardAcknowledged { get; init; }
}
