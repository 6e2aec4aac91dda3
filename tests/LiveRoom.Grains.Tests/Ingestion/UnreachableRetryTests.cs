using LiveRoom.Grains.Ingestion;
using Orleans.Runtime;

namespace LiveRoom.Grains.Tests.Ingestion;

public class UnreachableRetryTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_call_to_a_dead_node_is_retried_until_the_grain_answers_elsewhere()
    {
        var calls = 0;
        var result = await UnreachableRetry.Run(() =>
            ++calls < 3 ? throw new SiloUnavailableException("node gone") : Task.FromResult(7), Budget, TimeProvider.System);

        Assert.Equal(7, result);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Other_failures_are_not_retried()
    {
        var calls = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() => UnreachableRetry.Run<int>(() =>
        {
            calls++;
            throw new InvalidOperationException("a bug, not a dead node");
        }, Budget, TimeProvider.System));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Past_its_budget_the_failure_reaches_the_caller()
    {
        var calls = 0;
        await Assert.ThrowsAsync<SiloUnavailableException>(() => UnreachableRetry.Run<int>(() =>
        {
            calls++;
            throw new SiloUnavailableException("node gone");
        }, TimeSpan.Zero, TimeProvider.System));
        Assert.Equal(1, calls);
    }
}
