using LiveRoom.Domain.Cues;

namespace LiveRoom.Grains.Abstractions;

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

/// <summary>A member link (key: SHA-256 of its token): which person of which launch it opens.</summary>
[Alias("LiveRoom.IMemberLinkGrain")]
public interface IMemberLinkGrain : IGrainWithStringKey
{
    [Alias("Bind")] Task Bind(string launchId, string person);
    [Alias("Revoke")] Task Revoke();
    /// <summary>Null when no link has this token.</summary>
    [Alias("Resolve")] Task<MemberLinkTarget?> Resolve();
}

[GenerateSerializer, Immutable, Alias("LiveRoom.MemberLinkTarget.v1")]
public sealed record MemberLinkTarget(
    [property: Id(0)] string LaunchId,
    [property: Id(1)] string Person,
    [property: Id(2)] bool Revoked);

[GenerateSerializer, Immutable, Alias("LiveRoom.MemberLinkInfo.v1")]
public sealed record MemberLinkInfo(
    [property: Id(0)] string Person,
    [property: Id(1)] string TokenHash,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] string CreatedBy,
    [property: Id(4)] DateTimeOffset? RevokedAt)
{
    public bool Active => RevokedAt is null;
}

[GenerateSerializer, Immutable, Alias("LiveRoom.CueEvaluationContext.v1")]
public sealed record CueEvaluationContext(
    [property: Id(0)] string? RulesJson,
    [property: Id(1)] int RulesVersion,
    [property: Id(2)] LaunchContext? Launch);

/// <summary>Filters of the cue board; null means any.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.CueBoardQuery.v1")]
public sealed record CueBoardQuery
{
    public const int MaxRows = 10_000;

    [Id(0)] public CueStatus? Status { get; init; }
    [Id(1)] public CueKind? Kind { get; init; }
    [Id(2)] public string? GroupId { get; init; }
    [Id(3)] public string? Member { get; init; }
    [Id(4)] public bool EscalatedOnly { get; init; }
    [Id(5)] public int Max { get; init; } = MaxRows;
}

[GenerateSerializer, Immutable, Alias("LiveRoom.CueBoardView.v1")]
public sealed record CueBoardView
{
    /// <summary>All cues of the launch by status (filters do not apply).</summary>
    [Id(0)] public IReadOnlyDictionary<CueStatus, int> Counts { get; init; } = new Dictionary<CueStatus, int>();
    /// <summary>Open cues escalated for not being acknowledged in time.</summary>
    [Id(1)] public int EscalatedOpen { get; init; }
    /// <summary>Open cues that also alert the operator (negative message, or nobody to address).</summary>
    [Id(2)] public int AlertsOpen { get; init; }
    /// <summary>Matching cues, newest first, at most the query's Max.</summary>
    [Id(3)] public IReadOnlyList<CueRecord> Rows { get; init; } = [];
    [Id(4)] public int Matching { get; init; }
}

/// <summary>One cue as its person sees it: nothing about other people.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.MemberCue.v1")]
public sealed record MemberCue(
    [property: Id(0)] string Id,
    [property: Id(1)] CueKind Kind,
    [property: Id(2)] string GroupId,
    [property: Id(3)] string GroupName,
    [property: Id(4)] string Script,
    [property: Id(5)] string Reason,
    [property: Id(6)] CueStatus Status,
    [property: Id(7)] DateTimeOffset IssuedAt,
    /// <summary>True when it reached this person as the group owner because its target did not acknowledge it.</summary>
    [property: Id(8)] bool EscalatedToYou);
