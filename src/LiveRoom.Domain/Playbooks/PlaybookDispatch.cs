using LiveRoom.Domain.Cues;

namespace LiveRoom.Domain.Playbooks;

/// <summary>One step's messages, one per group, with who asked and a key that makes a replay harmless.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.PlaybookDispatch.v1")]
public sealed record PlaybookDispatch
{
    [Id(0)] public required string LaunchId { get; init; }
    [Id(1)] public required string IncidentId { get; init; }
    [Id(2)] public int StepIndex { get; init; }
    [Id(3)] public required string Actor { get; init; }
    /// <summary>"{incident}/{step}/{attempt}": the same attempt replayed (after a crash) is one send.</summary>
    [Id(4)] public required string IdempotencyKey { get; init; }
    [Id(5)] public CueKind? CueKind { get; init; }
    [Id(6)] public IReadOnlyList<GroupMessage> Messages { get; init; } = [];
}
