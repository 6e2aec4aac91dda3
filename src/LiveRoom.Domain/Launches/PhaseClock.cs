namespace LiveRoom.Domain.Launches;

/// <summary>Derives a launch's phase from the clock; the operator's override wins.</summary>
public static class PhaseClock
{
    public static LaunchPhase PhaseAt(LaunchDefinition launch, DateTimeOffset now)
    {
        if (launch.PhaseOverride is { } pinned) return pinned;
        if (now >= launch.EndsAt) return LaunchPhase.Ended;
        if (now >= launch.EndsAt - launch.ClosingLead && now >= launch.StartsAt) return LaunchPhase.Closing;
        if (now >= launch.StartsAt) return LaunchPhase.Live;
        if (now >= launch.StartsAt - launch.CountdownLead) return LaunchPhase.Countdown;
        if (now >= launch.StartsAt - launch.WarmupLead) return LaunchPhase.Warmup;
        return LaunchPhase.Draft;
    }
}
