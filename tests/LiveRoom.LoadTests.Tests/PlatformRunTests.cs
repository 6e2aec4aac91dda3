using System.Text.Json;

namespace LiveRoom.LoadTests.Tests;

/// <summary>`run --via platforms` end to end: orders as signed 有赞 / 抖店 callbacks, the same truth.</summary>
public sealed class PlatformRunTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_short_launch_through_the_platforms_against_a_real_LiveRoom_passes_the_truth_check()
    {
        var results = Path.Combine(Path.GetTempPath(), $"liveroom-via-{Guid.NewGuid():N}");
        try
        {
            // Duplicates and reordering exercise the sources' msg_id and version handling too.
            var exit = await Cli.Create().Parse(["run", "--via", "platforms", "--groups", "10", "--members", "lognormal:40", "--duration", "15s",
                "--viewers", "0", "--seed", "11", "--label", "via", "--results", results, "--plain", "--max-error-rate", "0", "--max-p99-ms", "10000",
                "--chaos-duplicate", "3", "--chaos-reorder", "3"]).InvokeAsync();

            var folder = Assert.Single(Directory.GetDirectories(results, "run-via-*"));
            var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json"))).RootElement;
            Assert.True(exit == 0, $"exit {exit}: {report.GetProperty("TruthProblems")} {report.GetProperty("Breaches")}");
            Assert.Equal(0, report.GetProperty("TruthProblems").GetArrayLength());
            var order = report.GetProperty("Channels").EnumerateArray().Single(c => c.GetProperty("Name").GetString() == "Order");
            Assert.True(order.GetProperty("Requests").GetInt64() > 0, "orders were sent");
            Assert.True(report.GetProperty("Model").GetProperty("Orders").GetInt32() > 0, "the truth has orders to match");
        }
        finally
        {
            if (Directory.Exists(results)) Directory.Delete(results, recursive: true);
        }
    }
}
