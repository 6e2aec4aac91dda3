using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace LiveRoom.Grains.Ingestion;

/// <summary>
/// A grain call whose target node has just died fails with "silo unavailable" until the cluster
/// has voted the node out and the grain can start elsewhere, a few seconds with the control-room
/// membership settings (docs/durability.md). A shop answered 500 in that window retries on its own
/// schedule, minutes later for some platforms; the call is retried here instead, inside a bounded
/// budget, so the sender gets its 200 as soon as the group is back. Events are idempotent by id: a
/// retried call that had landed before its node died is answered as duplicates, never counted twice.
/// </summary>
public static class UnreachableRetry
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    public static async Task<T> Run<T>(Func<Task<T>> call, TimeSpan budget, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        var delay = FirstDelay;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (IsUnreachable(ex) && clock.GetElapsedTime(started) + delay < budget)
            {
                await Task.Delay(delay, clock);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }

    /// <summary>The node is gone or not reachable: the call did not run there, or its result died with the node.</summary>
    public static bool IsUnreachable(Exception ex) =>
        ex is SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException
        || ex.InnerException is { } inner && IsUnreachable(inner);
}
