using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Grains.Ingestion;

/// <summary>
/// Entry of validated events into the cluster. A stateless worker, so every silo runs its own
/// activations locally and no single grain sees every event (principle 2 in docs/architecture.md: no hot grain).
/// </summary>
[Alias("LiveRoom.IIngestWorker")]
public interface IIngestWorker : IGrainWithIntegerKey
{
    /// <summary>Completes when business events are durable; traffic is buffered. Returns duplicates.</summary>
    [Alias("Ingest")] Task<int> Ingest(string launchId, IReadOnlyList<LaunchEvent> events);
}
