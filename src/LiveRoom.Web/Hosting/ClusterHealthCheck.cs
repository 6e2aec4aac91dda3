using LiveRoom.Grains.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LiveRoom.Web.Hosting;

/// <summary>
/// Ready when a grain call round-trips: this silo runs grains (or this web-only node's gateway
/// does). The probe is a stateless worker (<see cref="IHealthProbeGrain"/>), so no other node's
/// loss can make this one unready; Redis has its own check.
/// </summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IHealthProbeGrain>(0).Ping().WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The cluster did not answer a grain call in time.", ex);
        }
    }
}
