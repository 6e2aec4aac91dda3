using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Cues;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// The playbook steps that belong to announcements and cues, carried out by their grains. A step
/// becomes one broadcast (or one manual cue issue) for all its groups, with each group's text as
/// the preview rendered it, and the step's idempotency key, so a replayed step sends nothing twice.
/// </summary>
public sealed class GrainPlaybookEffects(IGrainFactory grains) : IPlaybookEffects
{
    public async Task<EffectReceipt> Announce(PlaybookDispatch dispatch)
    {
        if (dispatch.Messages.Count == 0) return EffectReceipt.Ok;
        var groupIds = dispatch.Messages.Select(m => m.GroupId).Distinct().ToList();
        try
        {
            var receipt = await grains.GetGrain<ILaunchAnnouncementsGrain>(dispatch.LaunchId).Broadcast(new BroadcastRequest
            {
                Template = Literal(dispatch.Messages[0].Text),
                Target = new AnnouncementTarget { Kind = TargetKind.List, GroupIds = groupIds },
                Actor = dispatch.Actor,
                IdempotencyKey = dispatch.IdempotencyKey,
                GroupTexts = Texts(dispatch),
            });
            return new EffectReceipt { RefId = receipt.AnnouncementId };
        }
        catch (ArgumentException e)
        {
            // Invalid for the channel (e.g. over a robot's length limit): no group got it.
            return new EffectReceipt { FailedGroups = groupIds, Error = StepErrors.Exception(e.Message) };
        }
    }

    public async Task<EffectReceipt> Cue(PlaybookDispatch dispatch)
    {
        if (dispatch.Messages.Count == 0) return EffectReceipt.Ok;
        var groupIds = dispatch.Messages.Select(m => m.GroupId).Distinct().ToList();
        try
        {
            var receipt = await grains.GetGrain<ILaunchCuesGrain>(dispatch.LaunchId).IssueManual(new ManualCueRequest
            {
                Kind = dispatch.CueKind ?? CueKind.LeadChat,
                Script = Literal(dispatch.Messages[0].Text),
                GroupIds = groupIds,
                Actor = dispatch.Actor,
                IdempotencyKey = dispatch.IdempotencyKey,
                // The incident id, not a sentence: the cue list shows where a cue came from.
                Reason = dispatch.IncidentId,
                GroupScripts = Texts(dispatch),
            });
            return new EffectReceipt { FailedGroups = receipt.UnknownGroups, Error = receipt.UnknownGroups.Count > 0 ? StepErrors.GroupsUnknown(receipt.UnknownGroups) : null, RefId = $"{receipt.Issued} cues" };
        }
        catch (ArgumentException e)
        {
            return new EffectReceipt { FailedGroups = groupIds, Error = StepErrors.Exception(e.Message) };
        }
    }

    public Task PauseAnnouncements(string launchId, string actor, string reason) =>
        grains.GetGrain<ILaunchAnnouncementsGrain>(launchId).Pause(actor, reason);

    public Task ResumeAnnouncements(string launchId, string actor) =>
        grains.GetGrain<ILaunchAnnouncementsGrain>(launchId).Resume(actor);

    private static Dictionary<string, string> Texts(PlaybookDispatch dispatch)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in dispatch.Messages) texts[m.GroupId] = m.Text;
        return texts;
    }

    /// <summary>Rendered text used where a template is expected: braces stay braces.</summary>
    private static string Literal(string text) => text.Replace("{", "{{").Replace("}", "}}");
}
