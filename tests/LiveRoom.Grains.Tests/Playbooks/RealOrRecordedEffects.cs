using System.Collections.Concurrent;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Playbooks;

namespace LiveRoom.Grains.Tests.Playbooks;

/// <summary>
/// The test cluster's playbook effects: the real announcements and cues grains for the launches a
/// test names in <see cref="Real"/> (outbox tests, the fan-out measurement), the recording stand-in
/// for every other launch, so step-engine tests stay independent of the outbox.
/// </summary>
public sealed class RealOrRecordedEffects(RecordingPlaybookEffects recording, GrainPlaybookEffects real) : IPlaybookEffects
{
    public static readonly ConcurrentDictionary<string, byte> Real = new(StringComparer.Ordinal);

    private IPlaybookEffects For(string launchId) => Real.ContainsKey(launchId) ? real : recording;

    public Task<EffectReceipt> Announce(PlaybookDispatch dispatch) => For(dispatch.LaunchId).Announce(dispatch);

    public Task<EffectReceipt> Cue(PlaybookDispatch dispatch) => For(dispatch.LaunchId).Cue(dispatch);

    public Task PauseAnnouncements(string launchId, string actor, string reason) => For(launchId).PauseAnnouncements(launchId, actor, reason);

    public Task ResumeAnnouncements(string launchId, string actor) => For(launchId).ResumeAnnouncements(launchId, actor);
}
