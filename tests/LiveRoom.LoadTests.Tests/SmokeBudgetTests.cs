using System.Diagnostics;
using System.Net.Sockets;
using System.Net;

namespace LiveRoom.LoadTests.Tests;

/// <summary>
/// `smoke` gates CI on time as well: a LiveRoom that hangs must turn into exit 2 (threshold
/// breached) at the budget, not into a CI job that waits for its own timeout.
/// </summary>
public sealed class SmokeBudgetTests
{
    [Fact]
    public async Task A_server_that_never_answers_is_a_threshold_breach_at_the_budget_not_a_hang()
    {
        // Accepts connections and reads nothing back: every request of the tool waits forever.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var held = new List<TcpClient>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            try
            {
                while (true) held.Add(await listener.AcceptTcpClientAsync(stop.Token));
            }
            catch (OperationCanceledException)
            {
            }
        });
        var target = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";

        var clock = Stopwatch.StartNew();
        var exit = await Cli.Create().Parse(["smoke", "--target", target, "--user", "u", "--password", "p", "--budget-seconds", "3"]).InvokeAsync();
        clock.Stop();
        await stop.CancelAsync();
        await accepting;
        foreach (var c in held) c.Dispose();

        Assert.Equal(2, exit);
        // Generous for a loaded CI machine, and still well under the tool's 30 s HTTP timeout: the
        // budget ended the hung login, not a timeout that happens to come later.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.NotEmpty(held);
    }
}
