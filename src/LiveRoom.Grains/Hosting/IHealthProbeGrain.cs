namespace LiveRoom.Grains.Hosting;

/// <summary>
/// What readiness calls: a stateless worker, so each silo answers it itself and a web-only node
/// reaches whichever gateway it is connected to. Readiness must not hang on one grain's home: a
/// dead node hosting it would make every pod unready before the cluster even declares it dead.
/// </summary>
[Alias("LiveRoom.IHealthProbeGrain")]
public interface IHealthProbeGrain : IGrainWithIntegerKey
{
    /// <summary>The address of the silo that answered.</summary>
    [Alias("Ping")] Task<string> Ping();
}
