using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Cues;

namespace LiveRoom.Domain.Playbooks;

/// <summary>A step as it will run: its condition decided, its targets chosen and its texts rendered per group.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.PlannedStep.v1")]
public sealed record PlannedStep
{
    [Id(0)] public int Index { get; init; }
    [Id(1)] public StepKind Kind { get; init; }
    [Id(2)] public string Title { get; init; } = "";
    /// <summary>False when its condition does not hold; the run passes over it.</summary>
    [Id(3)] public bool Applies { get; init; } = true;
    /// <summary>Why it does not apply, as words: only in plans stored before <see cref="NotApplicable"/> existed.</summary>
    [Id(4)] public string? NotApplicableBecause { get; init; }
    /// <summary>announce / cue: one per target group.</summary>
    [Id(5)] public IReadOnlyList<GroupMessage> Messages { get; init; } = [];
    [Id(6)] public CueKind? CueKind { get; init; }
    [Id(7)] public string? SkuId { get; init; }
    [Id(8)] public bool Paused { get; init; } = true;
    [Id(9)] public string? Link { get; init; }
    [Id(10)] public string? Target { get; init; }
    /// <summary>notify: the message; checklist: the item.</summary>
    [Id(11)] public string? Text { get; init; }
    [Id(12)] public string? Role { get; init; }
    [Id(13)] public int Seconds { get; init; }
    /// <summary>Why it does not apply (<see cref="RunTexts"/>), for the reader to put in words.</summary>
    [Id(14)] public ServerText? NotApplicable { get; init; }
}
