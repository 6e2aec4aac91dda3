using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Playbooks;

/// <summary>What an effect did: the groups it could not queue (the rest were queued) and why.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.EffectReceipt.v1")]
public sealed record EffectReceipt
{
    [Id(0)] public IReadOnlyList<string> FailedGroups { get; init; } = [];
    /// <summary>Why not (<see cref="StepErrors"/>). Id 1 was the English sentence before: a receipt is never stored, but a new id keeps a mixed-version cluster from misreading one.</summary>
    [Id(3)] public ServerText? Error { get; init; }
    /// <summary>The announcement or cue id(s), for the timeline.</summary>
    [Id(2)] public string? RefId { get; init; }

    public static readonly EffectReceipt Ok = new();
}
