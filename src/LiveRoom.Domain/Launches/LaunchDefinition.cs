namespace LiveRoom.Domain.Launches;

/// <summary>
/// What an operator sets up for a launch. T0 is <see cref="StartsAt"/>; the phase windows are
/// expressed relative to it so moving T0 moves every window with it.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.LaunchDefinition.v1")]
public sealed record LaunchDefinition
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public required DateTimeOffset StartsAt { get; init; }
    /// <summary>IANA zone the team plans in (new launches: TimeZones.Default); every time shown for the launch is in it.</summary>
    [Id(3)] public required string TimeZone { get; init; }
    [Id(4)] public required DateTimeOffset EndsAt { get; init; }
    /// <summary>How long before T0 the warm-up (预热) starts.</summary>
    [Id(5)] public TimeSpan WarmupLead { get; init; } = TimeSpan.FromHours(24);
    /// <summary>How long before T0 the countdown (倒计时) starts.</summary>
    [Id(6)] public TimeSpan CountdownLead { get; init; } = TimeSpan.FromMinutes(10);
    /// <summary>How long before the end the closing push (促单/追单) starts.</summary>
    [Id(7)] public TimeSpan ClosingLead { get; init; } = TimeSpan.FromMinutes(15);
    [Id(8)] public IReadOnlyList<Sku> Skus { get; init; } = [];
    [Id(9)] public LaunchTargets Targets { get; init; } = new(0, 0);
    /// <summary>Set by an operator to pin the phase; null lets the clock decide.</summary>
    [Id(10)] public LaunchPhase? PhaseOverride { get; init; }
    [Id(11)] public DateTimeOffset CreatedAt { get; init; }
    [Id(12)] public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>The sale page ({link} in announcement and cue templates); a playbook may swap it when the page breaks.</summary>
    [Id(13)] public string? SaleLink { get; init; }
}
