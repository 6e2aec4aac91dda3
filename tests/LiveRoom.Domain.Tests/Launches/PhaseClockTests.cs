using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Tests.Launches;

public class PhaseClockTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    // Warm-up 24 h before, countdown 10 min before, live at T0, closing 15 min before the end (T0 + 2 h).
    private static readonly LaunchDefinition Launch = Support.Launches.Definition(T0);
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    public static TheoryData<TimeSpan, LaunchPhase> Boundaries => new()
    {
        { -TimeSpan.FromHours(24) - Tick, LaunchPhase.Draft },
        { -TimeSpan.FromHours(24), LaunchPhase.Warmup },
        { -TimeSpan.FromMinutes(10) - Tick, LaunchPhase.Warmup },
        { -TimeSpan.FromMinutes(10), LaunchPhase.Countdown },
        { -Tick, LaunchPhase.Countdown },
        { TimeSpan.Zero, LaunchPhase.Live },
        { TimeSpan.FromMinutes(105) - Tick, LaunchPhase.Live },
        { TimeSpan.FromMinutes(105), LaunchPhase.Closing },
        { TimeSpan.FromHours(2) - Tick, LaunchPhase.Closing },
        { TimeSpan.FromHours(2), LaunchPhase.Ended },
        { TimeSpan.FromDays(30), LaunchPhase.Ended },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Each_boundary_starts_the_next_phase(TimeSpan fromT0, LaunchPhase expected)
    {
        Assert.Equal(expected, PhaseClock.PhaseAt(Launch, T0 + fromT0));
    }

    [Fact]
    public void Closing_never_starts_before_t0_when_the_sale_is_shorter_than_the_closing_lead()
    {
        var shortSale = Launch with { EndsAt = T0.AddMinutes(5) };
        Assert.Equal(LaunchPhase.Countdown, PhaseClock.PhaseAt(shortSale, T0.AddMinutes(-1)));
        Assert.Equal(LaunchPhase.Closing, PhaseClock.PhaseAt(shortSale, T0));
    }

    [Theory]
    [InlineData(LaunchPhase.Draft)]
    [InlineData(LaunchPhase.Live)]
    [InlineData(LaunchPhase.Ended)]
    public void The_override_wins_at_any_time(LaunchPhase pinned)
    {
        var launch = Launch with { PhaseOverride = pinned };
        Assert.Equal(pinned, PhaseClock.PhaseAt(launch, T0.AddDays(-3)));
        Assert.Equal(pinned, PhaseClock.PhaseAt(launch, T0.AddMinutes(1)));
        Assert.Equal(pinned, PhaseClock.PhaseAt(launch, T0.AddDays(3)));
    }

    [Fact]
    public void Moving_t0_moves_every_window()
    {
        var moved = Launch with { StartsAt = T0.AddHours(1), EndsAt = T0.AddHours(3) };
        Assert.Equal(LaunchPhase.Countdown, PhaseClock.PhaseAt(moved, T0.AddMinutes(55)));
        Assert.Equal(LaunchPhase.Warmup, PhaseClock.PhaseAt(moved, T0));
    }
}
