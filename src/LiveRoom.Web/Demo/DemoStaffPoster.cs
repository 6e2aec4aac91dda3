using LiveRoom.Domain.Announcements;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Posting;
using Microsoft.Extensions.Options;

namespace LiveRoom.Web.Demo;

/// <summary>
/// Plays the demo's WeCom customer-group owners and assistants (<see cref="DemoStaff"/>): most of
/// their notices are marked posted a few seconds to a minute after they are due; about one in five
/// is never tapped, so the matrix shows late cells beside posted ones. <see cref="DemoStaff.BusyOwner"/>'s
/// notices are left alone: the console prints her posting link so a person can try the page.
/// Decisions are a hash of the group and notice, stable within a run.
/// </summary>
public sealed partial class DemoStaffPoster(
    IOptions<DemoOptions> options,
    IGrainFactory grains,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<DemoStaffPoster> logger) : BackgroundService
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var linked = false;
        using var timer = new PeriodicTimer(Step, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!lifetime.ApplicationStarted.IsCancellationRequested) continue; // not started yet
                try
                {
                    var launch = grains.GetGrain<ILaunchGrain>(o.LaunchId);
                    if (await launch.GetDefinition() is null) continue;
                    var groups = (await launch.GetGroups()).Where(DemoStaff.AutoPosted).ToList();
                    if (groups.Count == 0) continue; // the simulator has not registered them yet
                    if (!linked)
                    {
                        var token = await grains.GetGrain<ILaunchPostingGrain>(o.LaunchId).Issue(DemoStaff.BusyOwner, "demo");
                        LogPostingLink(DemoStaff.BusyOwner, token);
                        linked = true;
                    }
                    await PostAsync(grains.GetGrain<ILaunchAnnouncementsGrain>(o.LaunchId), groups);
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

    private async Task PostAsync(ILaunchAnnouncementsGrain announcements, IReadOnlyList<Domain.Groups.GroupRegistration> groups)
    {
        var now = clock.GetUtcNow();
        var byId = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var open = (await announcements.GetStaffNotices([.. byId.Keys])).Where(n => n.Status == DeliveryStatus.Due);
        foreach (var n in open)
        {
            var roll = (uint)StringComparer.Ordinal.GetHashCode(n.GroupId + "/" + n.AnnouncementId) % 100;
            if (roll < 20) continue; // never tapped: turns late
            if (now - n.DueAt < TimeSpan.FromSeconds(3 + roll % 40)) continue;
            var g = byId[n.GroupId];
            var person = roll % 2 == 1 && g.Assistants.Count > 0 ? g.Assistants[0] : g.Owner;
            if (person is null) continue;
            await announcements.MarkPosted(n.GroupId, n.AnnouncementId, person);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo posting link for {Person}: /p/{Token} (prefix with this node's address)")]
    private partial void LogPostingLink(string person, string token);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo staff poster failed a step")]
    private partial void LogFailed(Exception ex);
}
