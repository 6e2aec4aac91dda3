using LiveRoom.Domain.Announcements;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Announcements;

/// <summary>
/// A launch's countdown announcements (key: launch id): the plan, its schedule (reminders wake it,
/// timers give the second), ad-hoc broadcasts, pause/resume, and the fan-out into the outbox.
/// </summary>
[Alias("LiveRoom.ILaunchAnnouncementsGrain")]
public interface ILaunchAnnouncementsGrain : IGrainWithStringKey
{
    /// <summary>Queues a broadcast; throws <see cref="ArgumentException"/> when <see cref="CheckBroadcast"/> would report errors.</summary>
    [Alias("Broadcast")] Task<BroadcastReceipt> Broadcast(BroadcastRequest request);
    /// <summary>The save-time checks of a broadcast (template against the targeted channels' limits, target): field → messages.</summary>
    [Alias("CheckBroadcast")] Task<IDictionary<string, string[]>> CheckBroadcast(BroadcastRequest request);
    /// <summary>Stops scheduled entries and holds queued deliveries until <see cref="Resume"/>.</summary>
    [Alias("Pause")] Task Pause(string actor, string reason);
    [Alias("Resume")] Task Resume(string actor);
    [Alias("GetView")] Task<AnnouncementsView> GetView();
    /// <summary>Validates and saves; nothing is saved when there are errors (field → messages).</summary>
    [Alias("SavePlan")] Task<IDictionary<string, string[]>> SavePlan(AnnouncementPlan plan, string actor);
    [Alias("CancelEntry")] Task<bool> CancelEntry(string entryId, string actor);
    /// <summary>Queues every dead-lettered delivery again; returns how many.</summary>
    [Alias("ResendFailed")] Task<int> ResendFailed(string actor);
    [Alias("Preview")] Task<PreviewResult> Preview(string template, string groupId);
    [Alias("GetMatrix")] Task<DeliveryMatrix> GetMatrix();
    /// <summary>The delivery planner's forecast of every pending notice in every group (channel limits, reach).</summary>
    [Alias("GetForecast")] Task<DeliveryForecast> GetForecast();
    [Alias("GetInbox")] Task<IReadOnlyList<InboxMessage>> GetInbox(string groupId);
    /// <summary>Runs the planner now (timers and reminders call it; tests may).</summary>
    [Alias("Tick")] Task Tick();
    /// <summary>T0 moved: re-plan pending entries. One-way so the launch grain can call it while saving.</summary>
    [OneWay, Alias("Replan")] Task Replan();
}
