using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Announcements;
using Microsoft.Extensions.Logging;

namespace LiveRoom.Grains.Playbooks;

/// <summary>
/// Follows the outbox rows of a run's broadcasts and moves each group's status along (queued →
/// delivered / retrying / dead-lettered): on a timer while any broadcast is in flight, and when a
/// reader looks (which also picks up dead letters resent since). Concurrent callers share one
/// refresh; the owning grain writes what changed.
/// </summary>
internal sealed class IncidentDeliveries(Grain grain, Func<IncidentView> incident, AnnouncementFanout outbox, Func<Task> write, TimeProvider clock, ILogger logger)
{
    /// <summary>How often the incident asks the outbox about its broadcasts while deliveries are in flight.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromSeconds(1);

    private IGrainTimer? _timer;
    private Task? _refreshing;
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;

    /// <summary>For a reader: refreshes when any broadcast is still open and the last refresh is a refresh interval old.</summary>
    public Task RefreshIfStale() =>
        clock.GetUtcNow() - _refreshedAt >= Refresh && OutboxFollow.Steps(incident().Run, OutboxFollow.Open).Count > 0 ? RefreshNow() : Task.CompletedTask;

    /// <summary>Keeps the timer on while any broadcast of the run is in flight in the outbox, and only then.</summary>
    public void Follow()
    {
        var inFlight = OutboxFollow.Steps(incident().Run, OutboxFollow.InFlight).Count > 0;
        if (inFlight && _timer is null)
            _timer = grain.RegisterGrainTimer(_ => RefreshNow(), new GrainTimerCreationOptions { DueTime = Refresh, Period = Refresh, KeepAlive = true });
        else if (!inFlight && _timer is not null)
        {
            _timer.Dispose();
            _timer = null;
        }
    }

    private Task RefreshNow() => _refreshing is { IsCompleted: false } running ? running : _refreshing = RefreshOnce();

    private async Task RefreshOnce()
    {
        try
        {
            var view = incident();
            var steps = OutboxFollow.Steps(view.Run, OutboxFollow.Open);
            if (steps.Count == 0) return;
            var ids = steps.SelectMany(s => s.Broadcasts).Distinct().ToList();
            var rows = (await Task.WhenAll(outbox.All(view.LaunchId).Select(p => p.GetDeliveriesOf(ids)))).SelectMany(r => r).ToList();
            _refreshedAt = clock.GetUtcNow();
            var engine = new RunEngine(view.Run);
            var changed = 0;
            foreach (var (step, broadcasts) in steps)
                changed += engine.ReportDeliveries(step, rows.Where(r => broadcasts.Contains(r.AnnouncementId)).Select(r => (r.GroupId, OutboxFollow.ToStep(r.Status))));
            if (changed > 0) await write();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Incident {Incident} could not read its deliveries; trying again", grain.GetGrainId());
        }
        finally
        {
            Follow();
        }
    }
}
