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

        var pending = new List<Task<int>>();
        var restocks = events.Where(e => e.Kind == EventKind.Restock).ToList();
        if (restocks.Count > 0) pending.Add(Retried(() => GrainFactory.GetGrain<ILaunchGrain>(launchId).Restock(restocks)));
        foreach (var group in events.Where(e => !e.Kind.IsTraffic() && e.Kind != EventKind.Restock).GroupBy(e => e.GroupId!))
        {
            var grain = groups.Get(launchId, group.Key);
            var batch = group.ToList();
            pending.Add(Retried(() => grain.Apply(batch)));
        }

        foreach (var task in pending) duplicates += await task;
        return duplicates;
    }

    private Task<int> Retried(Func<Task<int>> call) => UnreachableRetry.Run(call, options.Value.UnreachableRetryBudget, clock);
}
