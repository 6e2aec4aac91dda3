using LiveRoom.Domain.Cues;

namespace LiveRoom.Grains.Cues;

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

    /// <summary>Whether the board shows <paramref name="r"/> under this query.</summary>
    public bool Matches(CueRecord r) =>
        (Status is null || r.Status == Status)
        && (Kind is null || r.Cue.Kind == Kind)
        && (string.IsNullOrEmpty(GroupId) || r.Cue.GroupId == GroupId)
        && (string.IsNullOrEmpty(Member) || r.Cue.Target == Member || r.EscalatedTo == Member)
        && (!EscalatedOnly || r.Escalated);
}
