namespace LiveRoom.Domain.Launches;

[GenerateSerializer, Immutable, Alias("LiveRoom.LaunchTargets.v1")]
public sealed record LaunchTargets(
    [property: Id(0)] int Orders,
    [property: Id(1)] decimal Gmv);
