namespace LiveRoom.Domain.Shared;

[GenerateSerializer, Immutable, Alias("LiveRoom.VisitorSeen.v1")]
public readonly record struct VisitorSeen(
    [property: Id(0)] ulong Hash,
    [property: Id(1)] long Minute);
