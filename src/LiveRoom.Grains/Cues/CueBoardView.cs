using LiveRoom.Domain.Cues;

namespace LiveRoom.Grains.Cues;

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
