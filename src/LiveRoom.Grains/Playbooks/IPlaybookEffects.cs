using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// The playbook steps that belong to other features: announcements (ILaunchAnnouncementsGrain)
/// and cues (ILaunchCuesGrain), carried out by <see cref="GrainPlaybookEffects"/>; tests of the
/// step engine use a recording stand-in (tests/LiveRoom.Grains.Tests). The incident's other
/// effects (SKUs, sale link, notify) go through <see cref="IncidentStepEffects"/>, which forwards
/// these. Called once per step with every group of the step (batched), from the step executor;
/// an implementation must be idempotent by <see cref="PlaybookDispatch.IdempotencyKey"/>.
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
