using LiveRoom.LoadTests.Load;
using LiveRoom.LoadTests.Run;

namespace LiveRoom.LoadTests.Tests;

/// <summary>Threshold files, command-line overrides, breaches and the exit codes CI gates on.</summary>
public sealed class ThresholdTests
{
    private static ChannelResult Channel(double p99, long requests = 1000, long errors = 0) =>
        new("Order", requests, requests, errors, [], new Latency(requests, p99 / 4, p99 / 2, p99, p99 * 1.5, p99 * 2));

    private static readonly Thresholds Limits = new() { MaxP99Ms = 500, MaxErrorRate = 0.01, MaxFreshnessP99Ms = 1000 };

    [Fact]
    public void Within_every_limit_there_is_no_breach() =>
        Assert.Empty(Verdict.Breaches(Limits, [Channel(499, errors: 10)], 999));

    [Theory]
    [InlineData(501, 0, 500, "p99")]
    [InlineData(100, 11, 500, "error rate")]
    [InlineData(100, 0, 1001, "freshness")]
    public void Each_limit_is_checked(double p99, long errors, double freshness, string breach) =>
        Assert.Contains(Verdict.Breaches(Limits, [Channel(p99, errors: errors)], freshness), b => b.Contains(breach));

    [Fact]
    public void Limits_left_out_are_not_checked() =>
        Assert.Empty(Verdict.Breaches(new Thresholds(), [Channel(60_000, errors: 1000)], 60_000));

    [Fact]
    public void Exit_codes_put_a_wrong_number_above_a_slow_one()
    {
        Assert.Equal(0, Verdict.ExitCode(Limits, [], []));
        Assert.Equal(2, Verdict.ExitCode(Limits, [], ["p99"]));
        Assert.Equal(3, Verdict.ExitCode(Limits, ["orders: expected 3, got 4"], ["p99"]));
        Assert.Equal(2, Verdict.ExitCode(Limits with { Truth = false }, ["orders"], ["p99"]));
    }

    [Theory]
    [InlineData("limits.yaml", "maxP99Ms: 250\nmaxErrorRate: 0.001\nmaxFreshnessP99Ms: 800\ntruth: false\n")]
    [InlineData("limits.json", """{ "maxP99Ms": 250, "maxErrorRate": 0.001, "maxFreshnessP99Ms": 800, "truth": false }""")]
    public void Threshold_files_are_read_as_yaml_or_json(string name, string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");
        File.WriteAllText(path, text);
        try
        {
            Assert.Equal(new Thresholds { MaxP99Ms = 250, MaxErrorRate = 0.001, MaxFreshnessP99Ms = 800, Truth = false }, Thresholds.Load(path));
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
        var folder = Path.Combine(LiveRoom.LoadTests.Server.RepoPaths.Root(), "loadtests", "thresholds");
        Assert.Equal(new Thresholds { MaxP99Ms = 1000, MaxErrorRate = 0, MaxFreshnessP99Ms = 1000 }, Thresholds.Load(Path.Combine(folder, "launch-day.yaml")));
        Assert.Equal(new Thresholds { MaxP99Ms = 2000, MaxErrorRate = 0, MaxFreshnessP99Ms = 3000 }, Thresholds.Load(Path.Combine(folder, "ci.json")));
    }
}
