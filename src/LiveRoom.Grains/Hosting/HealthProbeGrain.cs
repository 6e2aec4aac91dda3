using Orleans.Concurrency;
using Orleans.Runtime;

namespace LiveRoom.Grains.Hosting;

[StatelessWorker]
public sealed class HealthProbeGrain(ILocalSiloDetails silo) : Grain, IHealthProbeGrain
{
    public Task<string> Ping() => Task.FromResult(silo.SiloAddress.ToString());
}
