namespace LiveRoom.Domain.Playbooks;

/// <summary>What an effect did: the groups it could not queue (the rest were queued) and why.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.EffectReceipt.v1")]
public sealed record EffectReceipt
{
    [Id(0)] public IReadOnlyList<string> FailedGroups { get; init; } = [];
    [Id(1)] public string? Error { get; init; }
    /// <summary>The announcement or cue id(s), for the timeline.</summary>
    [Id(2)] public string? RefId { get; init; }

    public static readonly EffectReceipt Ok = new();
}
