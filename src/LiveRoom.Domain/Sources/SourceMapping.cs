namespace LiveRoom.Domain.Sources;

/// <summary>
/// How one launch reads one source: platform SKU, SKU id or item id → the launch's SKU id, and
/// optionally where in the platform's order the group is named (a dotted JSON path, see
/// <see cref="JsonPath"/>); null uses the kind's default (<see cref="YouzanTrade.DefaultGroupField"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.SourceMapping.v1")]
public sealed record SourceMapping
{
    [Id(0)] public required string LaunchId { get; init; }
    [Id(1)] public required IReadOnlyDictionary<string, string> Skus { get; init; }
    [Id(2)] public string? GroupField { get; init; }
}
