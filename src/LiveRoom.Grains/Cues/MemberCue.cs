using LiveRoom.Domain.Cues;

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
    [property: Id(8)] bool EscalatedToYou);
