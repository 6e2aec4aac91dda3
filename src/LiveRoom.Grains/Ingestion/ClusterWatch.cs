using LiveRoom.Grains.Launches;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace LiveRoom.Grains.Ingestion;

/// <summary>
/// When a silo dies, the group reports waiting in its buffer die with it. Every surviving silo
/// then asks each launch to resync: groups re-send their absolute stats, so the board converges
/// on what the groups durably hold. Reports are idempotent, so several silos doing it is harmless.
/// <para>
/// The resync is repeated a few seconds later: a flush that was already waiting on the dead silo
/// fails only once it is declared dead, so its reports can be lost after the first resync, and a
/// first attempt can fail while the cluster is still moving grains. A board never stays wrong
/// because one call failed.
/// </para>
/// </summary>
public sealed partial class ClusterWatch(
    IClusterMembershipService membership,
    IGrainFactory grains,
    ILogger<ClusterWatch> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly CancellationTokenSource _stop = new();
    private Task _watching = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ClusterWatch), ServiceLifecycleStage.Active, Start, Stop);

    private Task Start(CancellationToken _)
    {
        _watching = Watch();
        return Task.CompletedTask;
    }

    private async Task Stop(CancellationToken _)
    {
        await _stop.CancelAsync();
        await _watching;
    }

    private async Task Watch()
    {
        var dead = new HashSet<SiloAddress>();
        var first = true;
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(_stop.Token))
            {
                var newlyDead = snapshot.Members.Values
                    .Where(m => m.Status == SiloStatus.Dead && dead.Add(m.SiloAddress))
                    .Select(m => m.SiloAddress)
                    .ToList();
                // The first snapshot lists silos that died before this one started: nothing of theirs is pending.
                if (!first && newlyDead.Count > 0)
                {
                    LogSiloLost(string.Join(", ", newlyDead));
                    _ = ResyncRepeatedly();
                }
                first = false;
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ResyncRepeatedly()
    {
        try
        {
            foreach (var delay in ResyncDelays)
            {
                await Task.Delay(delay, _stop.Token);
                await ResyncAll();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ResyncAll()
    {
        try
        {
            var recent = DateTimeOffset.UtcNow - TimeSpan.FromDays(1);
            foreach (var launch in (await grains.GetGrain<ILaunchIndexGrain>(0).List()).Where(l => l.EndsAt > recent))
                await grains.GetGrain<ILaunchGrain>(launch.Id).Resync();
        }
        catch (Exception ex)
        {
            LogResyncFailed(ex);
        }
    }

    /// <summary>At once, then after the calls that were waiting on the dead silo have failed.</summary>
    private static readonly TimeSpan[] ResyncDelays = [TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20)];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo(s) {Silos} declared dead; resyncing launch boards from their groups")]
    private partial void LogSiloLost(string silos);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resync after a lost silo failed")]
    private partial void LogResyncFailed(Exception ex);
}
