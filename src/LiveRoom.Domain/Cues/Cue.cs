using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// An instruction to one person in one group with a prepared script (glossary in docs/architecture.md: 提示).
/// <see cref="Id"/> is deterministic from launch, group, kind and trigger, so a cue evaluated twice
/// (re-activation, retry) is recognisably the same cue to the outbox.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.Cue.v1")]
public sealed record Cue
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required CueKind Kind { get; init; }
    /// <summary>The rule that issued it; null for a manual cue (operator or playbook).</summary>
    [Id(2)] public CueRuleKind? Rule { get; init; }
    [Id(3)] public required string LaunchId { get; init; }
    [Id(4)] public required string GroupId { get; init; }
    /// <summary>The person to act, or null when the group has no staff registered (the operator assigns).</summary>
    [Id(5)] public string? Target { get; init; }
    /// <summary>The target's role in the group (never <see cref="ChatRole.Member"/>), or null with no target.</summary>
    public ChatRole? TargetRole
    {
        get => StoredTargetRole is { } stored ? (ChatRole)(stored + 1) : null;
        init => StoredTargetRole = value is { } role ? (int)role - 1 : null;
    }

    /// <summary>
    /// <see cref="TargetRole"/> as stored, in the numbering of the role enum cues had before
    /// <see cref="ChatRole"/> (SeededMember=0, Assistant=1, Owner=2): ChatRole only adds Member=0 in
    /// front, hence the ±1. Kept under the same field id and numbering, rather than a new field,
    /// so cues already in grain state read back with the right role and a silo still on the old
    /// code (rolling upgrade, rollback) reads cues written by the new one too. An enum on the wire
    /// is its number, so the int reads the old values unchanged.
    /// </summary>
    [Id(6)] private int? StoredTargetRole { get; init; }
    /// <summary>The rendered 话术 to post.</summary>
    [Id(7)] public required string Script { get; init; }
    /// <summary>
    /// Why, as an operator wrote it (a manual cue's reason), or the sentence of cues stored before
    /// <see cref="ReasonText"/>; shown when there is no <see cref="ReasonText"/>.
    /// </summary>
    [Id(8)] public string Reason { get; init; } = "";
    /// <summary>What triggered it: a message id, "orders-10", "stall-29384756" (unix minute).</summary>
    [Id(9)] public required string TriggerId { get; init; }
    /// <summary>Also show on the operator board as an alert (negative message, or nobody to address).</summary>
    [Id(10)] public bool AlertOperator { get; init; }
    [Id(11)] public DateTimeOffset IssuedAt { get; init; }
    /// <summary>Why the cue was issued (e.g. the negative message it answers), rendered in the reader's language.</summary>
    [Id(12)] public ServerText? ReasonText { get; init; }
}
