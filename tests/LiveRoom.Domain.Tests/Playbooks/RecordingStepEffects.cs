using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Tests.Playbooks;

/// <summary>Step effects that record each call and answer as the test sets them up.</summary>
internal sealed class RecordingStepEffects : IStepEffects
{
    public List<(string Effect, string Detail)> Calls { get; } = [];
    public List<PlaybookDispatch> Dispatches { get; } = [];
    /// <summary>Groups the next sends fail for.</summary>
    public IReadOnlyList<string> FailGroups { get; set; } = [];
    public bool SkuKnown { get; set; } = true;
    public ServerText? NotifyError { get; set; }
    public Exception? Throw { get; set; }

    public Task<EffectReceipt> Announce(PlaybookDispatch dispatch) => Send("announce", dispatch, $"now-{dispatch.IdempotencyKey}");

    public Task<EffectReceipt> Cue(PlaybookDispatch dispatch) => Send("cue", dispatch, null);

    public Task PauseAnnouncements(string playbook) => Record("pause_announcements", playbook);

    public Task ResumeAnnouncements() => Record("resume_announcements", "");

    public async Task<bool> SetSkuPaused(string skuId, bool paused)
    {
        await Record("pause_sku", $"{skuId}={paused}");
        return SkuKnown;
    }

    public Task SwapLink(string link) => Record("swap_link", link);

    public async Task<ServerText?> Notify(string target, string text, string idempotencyKey)
    {
        await Record("notify", $"{target}|{text}|{idempotencyKey}");
        return NotifyError;
    }

    private async Task<EffectReceipt> Send(string effect, PlaybookDispatch dispatch, string? refId)
    {
        await Record(effect, dispatch.IdempotencyKey);
        Dispatches.Add(dispatch);
        var failed = dispatch.Messages.Select(m => m.GroupId).Where(FailGroups.Contains).ToList();
        return new EffectReceipt { FailedGroups = failed, RefId = refId };
    }

    private Task Record(string effect, string detail)
    {
        Calls.Add((effect, detail));
        return Throw is { } ex ? Task.FromException(ex) : Task.CompletedTask;
    }
}
