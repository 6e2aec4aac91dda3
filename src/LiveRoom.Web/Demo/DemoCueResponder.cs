using LiveRoom.Domain.Cues;
using LiveRoom.Grains.Cues;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Shared;
using Microsoft.Extensions.Options;

namespace LiveRoom.Web.Demo;

/// <summary>
/// Plays the demo's seeded members: most acknowledge their cues a few seconds after they appear and
/// mark them done a little later; about one in five never answers, so escalation and expiry show on
/// the cue board. The cues of one member (托8a) are left alone: the console prints that member's
/// link so a person can try the phone page. Decisions are a hash of the cue id, so they are stable.
/// </summary>
public sealed partial class DemoCueResponder(
    IOptions<DemoOptions> options,
    IGrainFactory grains,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<DemoCueResponder> logger) : BackgroundService
{
    public const string HumanMember = "托8a";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var linked = false;
        var resynced = false;
        using var timer = new PeriodicTimer(Step, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!lifetime.ApplicationStarted.IsCancellationRequested) continue; // not started yet
                try
                {
                    if (await grains.GetGrain<ILaunchGrain>(o.LaunchId).GetDefinition() is not { } launch) continue;
                    var cues = grains.GetGrain<ILaunchCuesGrain>(o.LaunchId);
                    if (!linked)
                    {
                        var token = await cues.RotateLink(HumanMember, "demo");
                        LogMemberLink(HumanMember, token);
                        linked = true;
                    }
                    if (!resynced && clock.GetUtcNow() >= launch.StartsAt)
                    {
                        await ResyncSomeGroups(o.LaunchId);
                        resynced = true;
                    }
                    await RespondAsync(cues);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RespondAsync(ILaunchCuesGrain cues)
    {
        var now = clock.GetUtcNow();
        var open = (await cues.GetBoard(new CueBoardQuery { Max = 2_000 })).Rows.Where(r => r.Status.IsOpen());
        foreach (var r in open)
        {
            if (r.Cue.Target is not { } member || member == HumanMember) continue;
            var roll = (uint)StringComparer.Ordinal.GetHashCode(r.Id) % 100;
            // Stable per cue within a run (string hashes are randomised per process, which is fine here).
            if (roll < 20) continue; // ignored: escalates, then expires
            var age = now - r.Cue.IssuedAt;
            if (r.Status != CueStatus.Acknowledged && age >= TimeSpan.FromSeconds(3 + roll % 6))
                await cues.Acknowledge(member, r.Id);
            else if (r.Status == CueStatus.Acknowledged && roll % 2 == 0 && age >= TimeSpan.FromSeconds(12 + roll % 10))
                await cues.Complete(member, r.Id);
        }
    }

    /// <summary>A few groups' bots report member lists that disagree with the callbacks (lost leave events).</summary>
    private async Task ResyncSomeGroups(string launchId)
    {
        foreach (var groupId in new[] { "g0003", "g0013", "g0023" })
        {
            var group = grains.GetGrain<IGroupGrain>(GroupKey.Of(launchId, groupId));
            var detail = await group.GetDetail();
            await group.ResyncMembers(detail.Stats.Members - 3, clock.GetUtcNow());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo member link for {Member}: /m/{Token} (prefix with this node's address)")]
    private partial void LogMemberLink(string member, string token);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo cue responder failed a step")]
    private partial void LogFailed(Exception ex);
}
