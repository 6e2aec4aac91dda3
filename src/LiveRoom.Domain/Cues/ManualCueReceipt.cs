using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Cues;

/// <summary>What a manual issue created: the cue ids (one per seeded member, or one unaddressed cue per group without any).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.ManualCueReceipt.v1")]
public sealed record ManualCueReceipt
{
    [Id(0)] public IReadOnlyList<string> CueIds { get; init; } = [];
    /// <summary>True when the key was seen before: these are the cues of the first issue.</summary>
    [Id(1)] public bool Duplicate { get; init; }
    /// <summary>Requested groups the launch does not have (skipped).</summary>
    [Id(2)] public IReadOnlyList<string> UnknownGroups { get; init; } = [];

    public int Issued => CueIds.Count;
}
