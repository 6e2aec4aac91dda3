using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.Run;

namespace LiveRoom.LoadTests.Tests;

/// <summary>Threshold files, command-line overrides, breaches and the exit codes CI gates on.</summary>
public sealed class ThresholdTests
{
    private static RequestResult Channel(double p99, long requests = 1000, long errors = 0, long serverErrors = 0) =>
        new("Order", requests, requests, errors, serverErrors, [], Percentiles(p99, requests));

    private static Latency Percentiles(double p99, long count = 1000) => new(count, p99 / 4, p99 / 2, p99, p99 * 1.5, p99 * 2);

    private static readonly Thresholds Limits = new() { MaxP99Ms = 500, MaxErrorRate = 0.01, Max5xx = 0, MaxFreshnessP99Ms = 1000 };

    [Fact]
    public void Within_every_limit_there_is_no_breach() =>
        Assert.Empty(Verdict.Breaches(Limits, [Channel(499, errors: 10)], Percentiles(999)));

    [Theory]
    [InlineData(501, 0, 0, 500, "p99")]
    [InlineData(100, 11, 0, 500, "error rate")]
    [InlineData(100, 0, 1, 500, "5xx")]
    [InlineData(100, 0, 0, 1001, "freshness")]
    public void Each_limit_is_checked(double p99, long errors, long serverErrors, double freshness, string breach) =>
        Assert.Contains(Verdict.Breaches(Limits, [Channel(p99, errors: errors, serverErrors: serverErrors)], Percentiles(freshness)), b => b.Contains(breach));

    [Fact]
    public void Limits_left_out_are_not_checked() =>
        Assert.Empty(Verdict.Breaches(new Thresholds(), [Channel(60_000, errors: 1000, serverErrors: 1000)], null));

    [Fact]
    public void A_5xx_a_retry_recovered_from_still_breaks_zero_5xx()
    {
        // No request failed in the end (errors 0), but two attempts were answered 5xx, in two channels.
        var breaches = Verdict.Breaches(Limits, [Channel(100, serverErrors: 1), Channel(100, serverErrors: 1) with { Name = "Bot" }], Percentiles(100));
        Assert.Equal("5xx answers: 2 (every attempt, retried ones included) > 0", Assert.Single(breaches));
        Assert.Empty(Verdict.Breaches(Limits with { Max5xx = 2 }, [Channel(100, serverErrors: 2)], Percentiles(100)));
    }

    [Fact]
    public void A_freshness_limit_without_a_sample_is_a_breach_not_a_pass()
    {
        Assert.Contains(Verdict.Breaches(Limits, [Channel(100)], null), b => b.StartsWith("freshness: no sample", StringComparison.Ordinal));
        Assert.Contains(Verdict.Breaches(Limits, [Channel(100)], new Latency(0, 0, 0, 0, 0, 0)), b => b.StartsWith("freshness: no sample", StringComparison.Ordinal));
        Assert.Empty(Verdict.Breaches(Limits with { MaxFreshnessP99Ms = null }, [Channel(100)], null));
    }

    [Fact]
    public void A_viewer_whose_board_stopped_is_a_breach_even_when_the_samples_it_gave_were_fast()
    {
        var breaches = Verdict.Breaches(Limits, [Channel(100)], Percentiles(100), viewersBehind: 1);
        Assert.Equal("freshness: 1 viewer(s) never showed the last marker (their board stopped updating)", Assert.Single(breaches));
        Assert.Empty(Verdict.Breaches(Limits with { MaxFreshnessP99Ms = null }, [Channel(100)], null, viewersBehind: 1));
    }

    [Fact]
    public void Exit_codes_put_a_wrong_number_above_a_slow_one()
    {
        Assert.Equal(0, Verdict.ExitCode(Limits, [], []));
        Assert.Equal(2, Verdict.ExitCode(Limits, [], ["p99"]));
        Assert.Equal(3, Verdict.ExitCode(Limits, ["orders: expected 3, got 4"], ["p99"]));
        Assert.Equal(2, Verdict.ExitCode(Limits with { Truth = false }, ["orders"], ["p99"]));
    }

    [Theory]
    [InlineData("limits.yaml", "maxP99Ms: 250\nmaxErrorRate: 0.001\nmax5xx: 2\nmaxFreshnessP99Ms: 800\ntruth: false\n")]
    [InlineData("limits.json", """{ "maxP99Ms": 250, "maxErrorRate": 0.001, "max5xx": 2, "maxFreshnessP99Ms": 800, "truth": false }""")]
    public void Threshold_files_are_read_as_yaml_or_json(string name, string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");
        File.WriteAllText(path, text);
        try
        {
            Assert.Equal(new Thresholds { MaxP99Ms = 250, MaxErrorRate = 0.001, Max5xx = 2, MaxFreshnessP99Ms = 800, Truth = false }, Thresholds.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_command_line_overrides_the_file_only_where_given()
    {
        var file = new Thresholds { MaxP99Ms = 250, MaxErrorRate = 0.001 };
        Assert.Equal(new Thresholds { MaxP99Ms = 100, MaxErrorRate = 0.001, MaxFreshnessP99Ms = 900 }, file.Override(100, null, 900, null));
        Assert.Equal(new Thresholds { MaxP99Ms = 250, MaxErrorRate = 0.001, Max5xx = 3 }, file.Override(null, null, null, null, max5xx: 3));
    }

    [Fact]
    public void A_misspelt_json_threshold_is_refused_not_ignored()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "maxP99": 250 }""");
        try
        {
            Assert.Throws<System.Text.Json.JsonException>(() => Thresholds.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_threshold_files_load()
    {
        var folder = Path.Combine(RepoPaths.Root(), "loadtests", "thresholds");
        Assert.Equal(new Thresholds { MaxP99Ms = 1000, MaxErrorRate = 0, Max5xx = 0, MaxFreshnessP99Ms = 1000 }, Thresholds.Load(Path.Combine(folder, "launch-day.yaml")));
        Assert.Equal(new Thresholds { MaxP99Ms = 2000, MaxErrorRate = 0, Max5xx = 0, MaxFreshnessP99Ms = 3000 }, Thresholds.Load(Path.Combine(folder, "ci.json")));
    }
}
