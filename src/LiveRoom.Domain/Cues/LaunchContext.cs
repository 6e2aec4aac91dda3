using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Cues;

/// <summary>What the cue engine needs to know about the launch as a whole at one tick.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.CueLaunchContext.v1")]
public sealed record LaunchContext
{
    [Id(0)] public required string LaunchId { get; init; }
    [Id(1)] public LaunchPhase Phase { get; init; }
    /// <summary>When the launch entered <see cref="LaunchPhase.Live"/> (T0), if it has.</summary>
    [Id(2)] public DateTimeOffset? LiveSince { get; init; }
    /// <summary>Launch-wide sign-ups per minute recently (e.g. over the last 3 minutes).</summary>
    [Id(3)] public double SignupsPerMinute { get; init; }
    /// <summary>Launch-wide orders per minute recently.</summary>
    [Id(4)] public double OrdersPerMinute { get; init; }
    /// <summary>Name of the SKU scripts talk about ({sku}).</summary>
    [Id(5)] public string? FeaturedSku { get; init; }
    /// <summary>Its remaining stock ({remaining}).</summary>
    [Id(6)] public int? Remaining { get; init; }
}
