using System.Text.Json;

namespace LiveRoom.LoadTests.Tests;

/// <summary>`run` end to end: its exit codes and its report folder.</summary>
public sealed class RunCommandTests
{
    private static Task<int> Run(params string[] args) => Cli.Create().Parse(["run", .. args]).InvokeAsync();

    private static JsonElement Named(JsonElement rows, string name) => rows.EnumerateArray().Single(c => c.GetProperty("Name").GetString() == name);

    private static string TempResults() => Path.Combine(Path.GetTempPath(), $"liveroom-run-{Guid.NewGuid():N}");

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_short_launch_day_with_chaos_against_a_real_LiveRoom_passes_and_writes_its_report()
    {
        var results = TempResults();
        try
        {
            // The tool starts LiveRoom itself (the Release build of src/LiveRoom.Web, built when missing).
            var exit = await Run("--groups", "15", "--members", "lognormal:40", "--duration", "20s", "--viewers", "3", "--seed", "7",
                "--label", "e2e", "--results", results, "--plain", "--max-error-rate", "0", "--max-p99-ms", "10000",
                "--chaos-duplicate", "3", "--chaos-reorder", "3", "--chaos-delay", "2", "--chaos-malformed", "1", "--chaos-hub-drop", "30");

            var folder = Assert.Single(Directory.GetDirectories(results, "run-e2e-*"));
            var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json"))).RootElement;
            Assert.True(exit == 0, $"exit {exit}: {report.GetProperty("TruthProblems")} {report.GetProperty("Breaches")}");
            Assert.Equal(0, report.GetProperty("TruthProblems").GetArrayLength());
            Assert.Contains("## Requests by channel", File.ReadAllText(Path.Combine(folder, "report.md")));
            var html = File.ReadAllText(Path.Combine(folder, "report.html"));
            Assert.Contains("<svg", html);
            Assert.DoesNotContain("<script", html);
            Assert.True(report.GetProperty("Timeline").GetArrayLength() >= 20, "a sample per second");
            var malformed = report.GetProperty("Channels").EnumerateArray().Single(c => c.GetProperty("Name").GetString() == "Malformed");
            Assert.True(malformed.GetProperty("Requests").GetInt64() > 0, "chaos sent malformed webhooks");
            Assert.Equal(0, malformed.GetProperty("Errors").GetInt64());
            // The core groups' seeded members played along; what they acknowledged is what the board shows (also in the truth).
            var seeded = report.GetProperty("SeededMembers");
            Assert.True(seeded.GetProperty("SeededMembers").GetInt32() >= 10, "5 core groups, 2–3 seeded members each");
            Assert.Equal(seeded.GetProperty("Acknowledged").GetInt64(), seeded.GetProperty("BoardAcknowledged").GetInt32());
            Assert.Equal(0, seeded.GetProperty("Failed").GetInt64());
            Assert.Contains("## Seeded members and cues", File.ReadAllText(Path.Combine(folder, "report.md")));
            // Every kind the model sent has its own latency row; page views travel only as beacons, so their counts agree.
            var kinds = report.GetProperty("Kinds").EnumerateArray().ToDictionary(k => k.GetProperty("Name").GetString()!, k => k);
            foreach (var kind in new[] { "PageView", "ChainPost", "Chat", "Order", "Join" })
                Assert.True(kinds[kind].GetProperty("Requests").GetInt64() > 0, kind);
            Assert.Equal(Named(report.GetProperty("Channels"), "Beacon").GetProperty("Events").GetInt64(), kinds["PageView"].GetProperty("Events").GetInt64());
        }
        finally
        {
            if (Directory.Exists(results)) Directory.Delete(results, recursive: true);
        }
    }

    [Fact]
    public async Task A_server_that_misreports_fails_the_run_with_exit_3_and_a_503_is_retried()
    {
        await using var fake = await MisreportingServer.StartAsync();
        var results = TempResults();
        try
        {
            var exit = await Run("--target", fake.Url.ToString(), "--password", "x", "--groups", "3", "--members", "fixed:20", "--duration", "5s",
                "--viewers", "0", "--settle-seconds", "1", "--results", results, "--plain");
            Assert.Equal(3, exit);
            var folder = Assert.Single(Directory.GetDirectories(results));
            Assert.Contains("TRUTH MISMATCH", File.ReadAllText(Path.Combine(folder, "report.md")));
            // The 503 was retried like a webhook sender would, so no order request failed; but the
            // 503 still shows among the answers, of the channel and of the order kind.
            var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json"))).RootElement;
            Assert.Equal(1, report.GetProperty("Retries").GetInt64());
            var order = Named(report.GetProperty("Channels"), "Order");
            Assert.Equal(0, order.GetProperty("Errors").GetInt64());
            Assert.Equal(1, order.GetProperty("ByStatus").GetProperty("503").GetInt64());
            Assert.Equal(1, Named(report.GetProperty("Kinds"), "Order").GetProperty("ServerErrors").GetInt64());
            Assert.Contains("## Requests by event kind", File.ReadAllText(Path.Combine(folder, "report.md")));
        }
        finally
        {
            if (Directory.Exists(results)) Directory.Delete(results, recursive: true);
        }
    }

    [Theory]
    [InlineData("--max-p99-ms", "0.001", "p99")]
    [InlineData("--max-5xx", "0", "5xx answers: 1")]
    public async Task A_breached_threshold_exits_2_when_the_truth_is_not_checked(string option, string limit, string breach)
    {
        await using var fake = await MisreportingServer.StartAsync();
        var results = TempResults();
        try
        {
            // --truth false: the fake's wrong order count must not decide; the threshold does.
            var exit = await Run("--target", fake.Url.ToString(), "--password", "x", "--groups", "3", "--members", "fixed:20", "--duration", "5s",
                "--viewers", "0", "--truth", "false", option, limit, "--results", results, "--plain");
            var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(Assert.Single(Directory.GetDirectories(results)), "report.json"))).RootElement;
            Assert.Equal(2, exit);
            Assert.Equal(2, report.GetProperty("ExitCode").GetInt32());
            Assert.Contains(report.GetProperty("Breaches").EnumerateArray(), b => b.GetString()!.Contains(breach, StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(results)) Directory.Delete(results, recursive: true);
        }
    }

    [Fact]
    public async Task A_launch_id_the_server_already_has_exits_1_before_any_traffic()
    {
        await using var fake = await MisreportingServer.StartAsync();
        var results = TempResults();
        var exit = await Run("--target", fake.Url.ToString(), "--password", "x", "--launch", MisreportingServer.TakenLaunch, "--groups", "3",
            "--duration", "5s", "--viewers", "0", "--results", results, "--plain");
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(results) && Directory.GetFiles(results, "report.json", SearchOption.AllDirectories).Length > 0, "no report: nothing ran");
    }

    [Fact]
    public async Task Creating_a_launch_that_exists_names_the_way_out()
    {
        await using var fake = await MisreportingServer.StartAsync();
        var api = new LiveRoom.LoadTests.Client.LiveRoomApi(fake.Url);
        var e = await Assert.ThrowsAsync<LiveRoom.LoadTests.Client.LaunchExistsException>(() =>
            api.CreateLaunchAsync(MisreportingServer.TakenLaunch, new { id = MisreportingServer.TakenLaunch }, []));
        Assert.Contains("--launch", e.Message);
    }

    [Theory]
    [InlineData("--max-freshness-p99-ms", "1000")]
    [InlineData("--thresholds", "launch-day.yaml")]
    public async Task A_freshness_limit_without_viewers_is_bad_usage(string option, string value)
    {
        if (option == "--thresholds") value = Path.Combine(RepoPaths.Root(), "loadtests", "thresholds", value);
        // Nothing listens on port 9: exit 1 comes from the argument check, before any connection.
        Assert.Equal(1, await Run("--target", "http://127.0.0.1:9/", "--password", "x", "--viewers", "0", option, value, "--duration", "5s", "--results", TempResults()));
    }

    [Theory]
    [InlineData("--members", "gaussian:3")]
    [InlineData("--profile", "tuesday")]
    [InlineData("--duration", "soon")]
    [InlineData("--chaos-reorder", "120")]
    [InlineData("--thresholds", "/no/such/file.yaml")]
    [InlineData("--no-such-option", "1")]
    public async Task Bad_usage_exits_1_before_any_traffic(string option, string value) =>
        Assert.Equal(1, await Run(option, value, "--target", "http://127.0.0.1:9/", "--password", "x"));

    [Fact]
    public async Task A_target_without_a_password_is_bad_usage() =>
        Assert.Equal(1, await Run("--target", "http://127.0.0.1:9/", "--duration", "5s", "--groups", "1", "--viewers", "0", "--results", TempResults()));
}
