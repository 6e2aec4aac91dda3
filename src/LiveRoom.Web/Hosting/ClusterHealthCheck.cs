using LiveRoom.Grains.Abstractions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LiveRoom.Web.Hosting;

/// <summary>
/// Ready when a grain call round-trips: the node is a member of a working cluster (or a client
/// connected to one) and grain storage answers.
/// </summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<ILaunchIndexGrain>(0).List().WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The cluster did not answer a grain call in time.", ex);
        }
    }
}
