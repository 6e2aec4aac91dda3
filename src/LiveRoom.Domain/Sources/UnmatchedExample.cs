namespace LiveRoom.Domain.Sources;

/// <summary>A platform order (or line) that no open launch took, kept so the operator can see what to map.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.UnmatchedExample.v1")]
public sealed record UnmatchedExample(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string OrderId,
    [property: Id(2)] IReadOnlyList<string> SkuKeys,
    [property: Id(3)] string Reason);
