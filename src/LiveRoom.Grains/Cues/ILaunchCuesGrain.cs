using LiveRoom.Domain.Cues;

namespace LiveRoom.Grains.Cues;

/// <summary>
/// The cues of one launch (key: launch id): their lifecycle, escalation and expiry, the launch's cue
/// rules, and the member links. Group grains evaluate the rules and send what fires here; it is not
/// on the event path, so it sees a bounded number of calls whatever the chat traffic.
/// </summary>
[Alias("LiveRoom.ILaunchCuesGrain")]
public interface ILaunchCuesGrain : IGrainWithStringKey
{
    /// <summary>Cues from the engine; idempotent by cue id; durable when it returns.</summary>
    [Alias("Issue")] Task Issue(IReadOnlyList<Cue> cues);
    /// <summary>An operator's or playbook's cue to the seeded members of the given groups (shared contract).</summary>
    [Alias("IssueManual")] Task<ManualCueReceipt> IssueManual(ManualCueRequest request);
    /// <summary>The rules and launch facts group grains evaluate against (cached per silo for one tick).</summary>
    [Alias("GetEvaluationContext")] Task<CueEvaluationContext> GetEvaluationContext();
    /// <summary>The stored rule file, or null when the launch runs the built-in rules.</summary>
    [Alias("GetRules")] Task<string?> GetRules();
    /// <summary>Replaces the rule file (null: back to the built-in rules); throws when it is not valid.</summary>
    [Alias("SetRules")] Task SetRules(string? json, string actor);
    [Alias("GetBoard")] Task<CueBoardView> GetBoard(CueBoardQuery query);
    [Alias("GetEffectiveness")] Task<IReadOnlyList<CueEffect>> GetEffectiveness(int minutes);
    /// <summary>A person's open cues (theirs, and those escalated to them as group owner); fetching delivers them.</summary>
    [Alias("GetMemberCues")] Task<IReadOnlyList<MemberCue>> GetMemberCues(string person);
    [Alias("Acknowledge")] Task<CueActionResult> Acknowledge(string person, string cueId);
    [Alias("Complete")] Task<CueActionResult> Complete(string person, string cueId);
    [Alias("GetLinks")] Task<IReadOnlyList<MemberLinkInfo>> GetLinks();
    /// <summary>Creates the person's link, revoking any earlier one; returns the token (shown once, stored hashed).</summary>
    [Alias("RotateLink")] Task<string> RotateLink(string person, string actor);
    /// <summary>False when the person had no active link.</summary>
    [Alias("RevokeLink")] Task<bool> RevokeLink(string person, string actor);
}
