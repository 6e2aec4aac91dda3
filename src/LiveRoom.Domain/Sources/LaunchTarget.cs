namespace LiveRoom.Domain.Sources;

/// <summary>What routing needs of a launch that maps a source: whether it takes events now, its groups and SKUs.</summary>
public sealed record LaunchTarget(string LaunchId, bool Open, IReadOnlySet<string> GroupIds, IReadOnlySet<string> SkuIds);
