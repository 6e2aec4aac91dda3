using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Tests;

/// <summary>The profiles have the shapes their names promise, and the generated traffic follows them.</summary>
public sealed class RateProfileTests
{
    [Fact]
    public void Steady_is_flat_and_open_from_the_start()
    {
        var p = RateProfile.Steady();
        Assert.Equal(0, p.T0);
        Assert.All(new[] { 0.0, 0.3, 0.7, 0.99 }, x => Assert.Equal(1.0, p.Relative(x), 6));
    }

    [Fact]
    public void Spike_jumps_at_T0_and_decays()
    {
        var p = RateProfile.Spike();
        var before = p.Relative(p.T0 - 0.01);
        var peak = p.Relative(p.T0 + 0.001);
        Assert.True(peak > 8 * before, $"peak {peak:N2} vs before {before:N2}");
        Assert.True(p.Relative(p.T0 + 0.2) < 1.2 * before, "decays back to the base rate");
    }

    [Fact]
    public void Launch_day_runs_through_its_phases()
    {
        var p = RateProfile.LaunchDay();
        double R(double x) => p.Relative(x);
        Assert.Equal(["Warmup", "Countdown", "Live", "Live", "Closing"], new[] { 0.1, 0.3, p.T0 + 0.01, 0.7, 0.95 }.Select(x => p.PhaseAt(x)));
        Assert.True(R(0.32) > R(0.1), "countdown rises above warm-up");
        Assert.True(R(p.T0 + 0.001) > 10 * R(0.1), "T0 spike: an order of magnitude above warm-up");
        Assert.True(R(0.7) < R(p.T0 + 0.05), "decay after T0");
        Assert.True(R(0.99) > R(0.84) * 1.5, "closing push");
    }

    [Theory]
    [InlineData("steady")]
    [InlineData("spike")]
    [InlineData("launch-day")]
    public void Samples_follow_the_curve(string name)
    {
        var p = RateProfile.Parse(name);
        var random = new Random(7);
        var bins = new int[20];
        const int n = 200_000;
        for (var i = 0; i < n; i++) bins[(int)(p.Sample(random) * 20)]++;
        for (var b = 0; b < 20; b++)
        {
            // The bin's expected share: the mean relative rate over the bin / 20.
            var expected = Enumerable.Range(0, 50).Average(k => p.Relative((b + (k + 0.5) / 50) / 20)) / 20 * n;
            Assert.InRange(bins[b], expected * 0.9 - 100, expected * 1.1 + 100);
        }
    }

    [Fact]
    public void Generated_launch_day_traffic_peaks_in_the_seconds_after_T0()
    {
        var script = Models.Large;
        var perSecond = script.Events.GroupBy(e => e.AtMs / 1000).ToDictionary(g => g.Key, g => g.Count());
        var t0 = (long)(script.Options.Profile.T0 * script.Options.Duration.TotalSeconds);
        var warmup = Enumerable.Range(0, (int)(0.25 * script.Options.Duration.TotalSeconds)).Average(s => perSecond.GetValueOrDefault(s));
        var afterT0 = Enumerable.Range((int)t0, 5).Average(s => perSecond.GetValueOrDefault(s));
        Assert.True(afterT0 > 5 * warmup, $"after T0 {afterT0:N0}/s vs warm-up {warmup:N0}/s");
    }

    [Fact]
    public void Unknown_profiles_and_member_specs_are_refused_by_name()
    {
        Assert.Contains("unknown profile", Assert.Throws<ArgumentException>(() => RateProfile.Parse("tuesday")).Message);
        Assert.Contains("--members", Assert.Throws<ArgumentException>(() => MemberCounts.Parse("gaussian:3")).Message);
        Assert.Equal(200, MemberCounts.Parse("fixed:200").Next(new Random(1)));
    }
}
