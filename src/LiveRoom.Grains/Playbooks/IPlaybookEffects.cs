using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// The playbook steps that belong to other features: announcements (ILaunchAnnouncementsGrain)
/// and cues (ILaunchCuesGrain), carried out by <see cref="GrainPlaybookEffects"/>; tests of the
/// step engine use a recording stand-in (tests/LiveRoom.Grains.Tests). Every other step is carried out by the
/// incident grain itself. Called once per step with every group of the step (batched), from the
/// incident grain; an implementation must be idempotent by <see cref="PlaybookDispatch.IdempotencyKey"/>.
/// </summary>
public interface IPlaybookEffects
{
    /// <summary>Post the rendered announcement to each group.</summary>
    Task<EffectReceipt> Announce(PlaybookDispatch dispatch);

    /// <summary>Cue the seeded members of each group with the rendered script.</summary>
    Task<EffectReceipt> Cue(PlaybookDispatch dispatch);

    Task PauseAnnouncements(string launchId, string actor, string reason);

    Task ResumeAnnouncements(string launchId, string actor);
}

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
