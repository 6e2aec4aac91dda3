namespace LiveRoom.Domain.Playbooks;

/// <summary>A prepared response (危机处理预案), as loaded from its file and validated.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.PlaybookDefinition.v1")]
public sealed record PlaybookDefinition
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public string Description { get; init; } = "";
    /// <summary>The board condition for which it is suggested.</summary>
    [Id(3)] public PlaybookSignal SuggestOn { get; init; }
    [Id(4)] public IReadOnlyList<PlaybookStep> Steps { get; init; } = [];
}
