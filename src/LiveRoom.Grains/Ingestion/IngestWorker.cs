using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Launches;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Ingestion;

/// <summary>
/// Splits a validated batch: page views go to the silo's buffer (counted on the next flush);
/// business events go to their group grains, and restocks to the launch, and are durable before
/// the call returns. Reentrant: it keeps no state of its own (the buffer is the silo's, and locked),
/// and a non-reentrant worker holds its turn while it awaits the group grains, so at the T0 order
/// spike every request of the silo queued behind one group call at a time (docs/benchmarks.md).
/// </summary>
[StatelessWorker, Reentrant]
public sealed class IngestWorker(IngestBuffer buffer, GroupRefs groups, IOptions<PipelineOptions> options, TimeProvider clock) : Grain, IIngestWorker
{
    public async Task<int> Ingest(string launchId, IReadOnlyList<LaunchEvent> events)
    {
        var duplicates = buffer.Add(launchId, events.Where(e => e.Kind.IsTraffic()));

        // The calls go out at once and side by side; only one that found its node dead is made again
        // (UnreachableRetry), so the usual path costs nothing more than the calls themselves.
        var calls = new List<(string? GroupId, List<LaunchEvent> Batch, Task<int> Pending)>();
        var restocks = events.Where(e => e.Kind == EventKind.Restock).ToList();
        if (restocks.Count > 0) calls.Add((null, restocks, Send(launchId, null, restocks)));
        foreach (var group in events.Where(e => !e.Kind.IsTraffic() && e.Kind != EventKind.Restock).GroupBy(e => e.GroupId!))
        {
            var batch = group.ToList();
            calls.Add((group.Key, batch, Send(launchId, group.Key, batch)));
        }

        foreach (var (groupId, batch, pending) in calls)
        {
            try
            {
                duplicates += await pending;
            }
            catch (Exception ex) when (UnreachableRetry.IsUnreachable(ex))
            {
                duplicates += await UnreachableRetry.Run(() => Send(launchId, groupId, batch), options.Value.UnreachableRetryBudget, clock);
            }
        }
        return duplicates;
    }

    /// <summary>A group's business events to its grain; restocks (no group) to the launch.</summary>
    private Task<int> Send(string launchId, string? groupId, List<LaunchEvent> batch) =>
        groupId is null ? GrainFactory.GetGrain<ILaunchGrain>(launchId).Restock(batch) : groups.Get(launchId, groupId).Apply(batch);
}
