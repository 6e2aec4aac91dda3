using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Abstractions;
using LiveRoom.Grains.Groups;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Ingestion;

/// <summary>
/// Splits a validated batch: page views go to the silo's buffer (counted on the next flush);
/// business events go to their group grains, and restocks to the launch, and are durable before
/// the call returns.
/// </summary>
[StatelessWorker]
public sealed class IngestWorker(IngestBuffer buffer, GroupRefs groups) : Grain, IIngestWorker
{
    public async Task<int> Ingest(string launchId, IReadOnlyList<LaunchEvent> events)
    {
        var duplicates = buffer.Add(launchId, events.Where(e => e.Kind.IsTraffic()));

        var pending = new List<Task<int>>();
        var restocks = events.Where(e => e.Kind == EventKind.Restock).ToList();
        if (restocks.Count > 0) pending.Add(GrainFactory.GetGrain<ILaunchGrain>(launchId).Restock(restocks));
        foreach (var group in events.Where(e => !e.Kind.IsTraffic() && e.Kind != EventKind.Restock).GroupBy(e => e.GroupId!))
            pending.Add(groups.Get(launchId, group.Key).Apply(group.ToList()));

        foreach (var task in pending) duplicates += await task;
        return duplicates;
    }
}
