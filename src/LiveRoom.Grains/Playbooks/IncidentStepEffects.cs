using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Shared;
using LiveRoom.Grains.Launches;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// The effects of one incident's steps, on the grains that own them: announcements and cues through
/// <see cref="IPlaybookEffects"/> (which tests replace with a recording stand-in), the launch's SKUs
/// and sale link on the launch grain, and the notify webhook through <see cref="PlaybookNotifier"/>.
/// </summary>
internal sealed class IncidentStepEffects(IncidentView incident, IPlaybookEffects effects, PlaybookNotifier notifier, IGrainFactory grains, TimeProvider clock) : IStepEffects
{
    private ILaunchGrain Launch => grains.GetGrain<ILaunchGrain>(incident.LaunchId);

    public Task<EffectReceipt> Announce(PlaybookDispatch dispatch) => effects.Announce(dispatch);

    public Task<EffectReceipt> Cue(PlaybookDispatch dispatch) => effects.Cue(dispatch);

    public Task PauseAnnouncements(string playbook) => effects.PauseAnnouncements(incident.LaunchId, incident.TriggeredBy, playbook);

    public Task ResumeAnnouncements() => effects.ResumeAnnouncements(incident.LaunchId, incident.TriggeredBy);

    public Task<bool> SetSkuPaused(string skuId, bool paused) => Launch.SetSkuPaused(skuId, paused);

    public async Task SwapLink(string link)
    {
        var definition = await Launch.GetDefinition() ?? throw new InvalidOperationException("the launch does not exist");
        await Launch.Save(definition with { SaleLink = link });
    }

    public Task<ServerText?> Notify(string target, string text, string idempotencyKey) =>
        notifier.Send(target, new NotifyMessage(incident.LaunchId, incident.Id, incident.PlaybookName, text, incident.TriggeredBy, clock.GetUtcNow()), idempotencyKey);
}
