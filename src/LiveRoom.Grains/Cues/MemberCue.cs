using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Grains.Cues;

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
    [property: Id(8)] bool EscalatedToYou,
    [property: Id(9)] ServerText? ReasonText = null)
{
    /// <summary>The cue as its member (or the owner it escalated to) sees it.</summary>
    public static MemberCue Of(CueRecord r, string? groupName, string person) =>
        new(r.Id, r.Cue.Kind, r.Cue.GroupId, groupName ?? r.Cue.GroupId, r.Cue.Script, r.Cue.Reason, r.Status, r.Cue.IssuedAt, r.Cue.Target != person, r.Cue.ReasonText);
}
