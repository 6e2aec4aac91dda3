using LiveRoom.Domain.Announcements;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Abstractions;

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
    [Alias("GetInbox")] Task<IReadOnlyList<InboxMessage>> GetInbox(string groupId);
    /// <summary>Runs the planner now (timers and reminders call it; tests may).</summary>
    [Alias("Tick")] Task Tick();
    /// <summary>T0 moved: re-plan pending entries. One-way so the launch grain can call it while saving.</summary>
    [OneWay, Alias("Replan")] Task Replan();
}

[GenerateSerializer, Immutable, Alias("LiveRoom.AnnouncementsView.v1")]
public sealed record AnnouncementsView
{
    [Id(0)] public AnnouncementPlan Plan { get; init; } = AnnouncementPlan.Empty;
    [Id(1)] public bool Paused { get; init; }
    [Id(2)] public string? PausedBy { get; init; }
    [Id(3)] public string? PauseReason { get; init; }
    [Id(4)] public IReadOnlyList<Announcement> Announcements { get; init; } = [];
    /// <summary>Future occurrences, soonest first.</summary>
    [Id(5)] public IReadOnlyList<UpcomingAnnouncement> Upcoming { get; init; } = [];
    [Id(6)] public DateTimeOffset? StartsAt { get; init; }
    [Id(7)] public int Skipped { get; init; }
}

[GenerateSerializer, Immutable, Alias("LiveRoom.UpcomingAnnouncement.v1")]
public sealed record UpcomingAnnouncement(
    [property: Id(0)] string EntryId,
    [property: Id(1)] int Index,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Label,
    [property: Id(4)] string Template);

[GenerateSerializer, Immutable, Alias("LiveRoom.PreviewResult.v1")]
public sealed record PreviewResult(
    [property: Id(0)] string? Text,
    [property: Id(1)] IReadOnlyList<string> Errors,
    [property: Id(2)] int Bytes);

[GenerateSerializer, Immutable, Alias("LiveRoom.InboxMessage.v1")]
public sealed record InboxMessage(
    [property: Id(0)] string AnnouncementId,
    [property: Id(1)] string Text,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] bool Late);
