using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// Everything a step does outside its run: the port <see cref="StepExecutor"/> works through. The
/// incident grain implements it with other grains (announcements, cues, the launch) and the notify
/// webhook; tests with a recording stand-in. Sends must be idempotent by the dispatch's key.
/// </summary>
public interface IStepEffects
{
    /// <summary>Post the rendered announcement to each group (one broadcast for the step).</summary>
    Task<EffectReceipt> Announce(PlaybookDispatch dispatch);

    /// <summary>Cue the seeded members of each group with the rendered script.</summary>
    Task<EffectReceipt> Cue(PlaybookDispatch dispatch);

    /// <summary>Hold the launch's scheduled announcements, for the named playbook.</summary>
    Task PauseAnnouncements(string playbook);

    Task ResumeAnnouncements();

    /// <summary>False when the launch has no such SKU.</summary>
    Task<bool> SetSkuPaused(string skuId, bool paused);

    Task SwapLink(string link);

    /// <summary>Null when the webhook was taken, else why not.</summary>
    Task<ServerText?> Notify(string target, string text, string idempotencyKey);
}
