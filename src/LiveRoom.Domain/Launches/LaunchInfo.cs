using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Launches;

/// <summary>The public face of a launch's setup: its definition without ingestion keys, plus counts.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.LaunchInfo.v1")]
public sealed record LaunchInfo(
    [property: Id(0)] LaunchDefinition Definition,
    [property: Id(1)] int GroupCount);
