using LiveRoom.Domain.Cues;

namespace LiveRoom.Domain.Playbooks;

/// <summary>One step of a playbook as written in its file; which fields matter depends on <see cref="Kind"/>.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.PlaybookStep.v1")]
public sealed record PlaybookStep
{
    [Id(0)] public required StepKind Kind { get; init; }
    /// <summary>What the handler sees for the step.</summary>
    [Id(1)] public string Title { get; init; } = "";
    [Id(2)] public StepCondition When { get; init; } = StepCondition.Always;
    /// <summary>announce / cue: the text with placeholders; checklist: the item.</summary>
    [Id(3)] public string? Text { get; init; }
    [Id(4)] public CueKind? CueKind { get; init; }
    /// <summary>pause_sku: an SKU id, or empty for the SKU the run was triggered for.</summary>
    [Id(5)] public string? Sku { get; init; }
    /// <summary>pause_sku: false un-pauses.</summary>
    [Id(6)] public bool Paused { get; init; } = true;
    /// <summary>swap_link: the new sale link.</summary>
    [Id(7)] public string? Link { get; init; }
    /// <summary>notify: the name of a configured webhook target (LiveRoom:Playbooks:Notify:{name}).</summary>
    [Id(8)] public string? Target { get; init; }
    /// <summary>wait_ack: the role that must acknowledge.</summary>
    [Id(9)] public string? Role { get; init; }
    /// <summary>wait: how long.</summary>
    [Id(10)] public int Seconds { get; init; }
}
