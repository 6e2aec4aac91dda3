using System.Text;
using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Launches;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Timeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Announcements;

/// <summary>
/// A launch's announcements; the planner (<see cref="AnnouncementPlanner"/>) decides what is due.
/// A <see cref="WakeUp"/> wakes it while anything is pending: its reminder (minute precision,
/// survives restarts) as the backstop, its one-shot timer aimed at the next occurrence for the second.
/// Every due occurrence is queued first and marked done after, so a crash in between re-queues the
/// same announcement id, which the outbox recognises: nothing is lost, nothing sent twice.
/// </summary>
public sealed class LaunchAnnouncementsGrain(
    [PersistentState("announcements", StorageNames.Default)] IPersistentState<AnnouncementsState> store,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<LaunchAnnouncementsGrain> logger) : Grain, ILaunchAnnouncementsGrain, IRemindable
{
    private const string ReminderName = "announcements";
    /// <summary>Timers are set only this far ahead; the reminder covers anything later.</summary>
    private static readonly TimeSpan TimerHorizon = TimeSpan.FromMinutes(2);
    private const int KeepAnnouncements = 200;

    private AnnouncementFanout _fanout = null!;
    private WakeUp _wakeUp = null!;

    private string LaunchId => this.GetPrimaryKeyString();
    private ILaunchGrain Launch => GrainFactory.GetGrain<ILaunchGrain>(LaunchId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _fanout = new AnnouncementFanout(GrainFactory, options.Value.Partitions);
        _wakeUp = new WakeUp(this, ReminderName, Tick, clock, logger) { Horizon = TimerHorizon };
        if (store.State.Plan.Entries.Count > 0) await Tick();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Tick();

    public Task Replan() => Tick();

    public async Task Tick()
    {
        if (store.State.Paused || await Launch.GetDefinition() is not { } launch) { await Reschedule(null); return; }
        var snapshot = await Launch.GetSnapshot();
        var now = clock.GetUtcNow();
        var stockRemains = snapshot is null || snapshot.Skus.Count == 0 || snapshot.Skus.Any(s => s.Remaining > 0);
        var decision = AnnouncementPlanner.Decide(store.State.Plan, launch.StartsAt, launch.EndsAt, now, store.State.Done, stockRemains);
        var timeline = new List<TimelineEntry>();
        if (decision.Due.Count > 0)
        {
            var groups = await Launch.GetGroups();
            foreach (var due in decision.Due)
            {
                var entry = store.State.Plan.Entries.First(e => e.Id == due.EntryId);
                var announcement = new Announcement
                {
                    Id = due.AnnouncementId, EntryId = entry.Id, Template = entry.Template, Target = entry.Target,
                    ScheduledAt = due.ScheduledAt, QueuedAt = now, Late = due.Late, Actor = TimelineActors.System,
                    Format = entry.Format, Label = ScheduleEntry.OffsetLabel(due.ScheduledAt - launch.StartsAt),
                };
                announcement = announcement with { Groups = await _fanout.Queue(launch, snapshot, groups, announcement, now) };
                Remember(announcement);
                timeline.Add(Queued(announcement, groups));
            }
        }
        foreach (var skipped in decision.Skipped)
            timeline.Add(Entry(TimelineKind.Announcement, TimelineActors.System, AnnouncementLog.Skipped(skipped), skipped.AnnouncementId));
        var changed = decision.Due.Count > 0 || decision.Skipped.Count > 0 || !SameDone(decision.Done);
        if (changed)
        {
            store.State.Done = new Dictionary<string, int>(decision.Done, StringComparer.Ordinal);
            store.State.Skipped += decision.Skipped.Count;
            await store.WriteStateAsync();
        }
        await AppendTimeline(timeline);
        await Reschedule(decision.NextAt);
    }

    public async Task<BroadcastReceipt> Broadcast(BroadcastRequest request)
    {
        if (store.State.Broadcasts.TryGetValue(request.IdempotencyKey, out var earlier)) return earlier with { Duplicate = true };
        var launch = await Launch.GetDefinition() ?? throw new InvalidOperationException($"There is no launch '{LaunchId}'.");
        var groups = await Launch.GetGroups();
        var errors = BroadcastRules.Check(request, groups);
        if (!errors.IsValid) throw new ArgumentException(errors.ToString());
        var now = clock.GetUtcNow();
        var announcement = new Announcement
        {
            Id = BroadcastRules.BroadcastId(request.IdempotencyKey), Template = request.Template, Target = request.Target,
            ScheduledAt = now, QueuedAt = now, Actor = request.Actor, Format = request.Format, Label = BroadcastRules.Label(now, launch.StartsAt),
        };
        var queued = await _fanout.Queue(launch, await Launch.GetSnapshot(), groups, announcement, now, request.GroupTexts);
        announcement = announcement with { Groups = queued };
        var receipt = new BroadcastReceipt(announcement.Id, queued, false);
        Remember(announcement);
        store.State.Broadcasts[request.IdempotencyKey] = receipt;
        await store.WriteStateAsync();
        await AppendTimeline([Queued(announcement, groups)]);
        return receipt;
    }

    public async Task<IDictionary<string, string[]>> CheckBroadcast(BroadcastRequest request) =>
        BroadcastRules.Check(request, await Launch.GetGroups()).ToDictionary();

    public async Task Pause(string actor, string reason)
    {
        (store.State.Paused, store.State.PausedBy, store.State.PauseReason) = (true, actor, reason);
        await store.WriteStateAsync();
        await Task.WhenAll(_fanout.All(LaunchId).Select(p => p.SetPaused(true)));
        await AppendTimeline([Entry(TimelineKind.OperatorAction, actor, AnnouncementLog.Paused(reason), null)]);
        await Reschedule(null);
    }

    public async Task Resume(string actor)
    {
        (store.State.Paused, store.State.PausedBy, store.State.PauseReason) = (false, null, null);
        await store.WriteStateAsync();
        await Task.WhenAll(_fanout.All(LaunchId).Select(p => p.SetPaused(false)));
        await AppendTimeline([Entry(TimelineKind.OperatorAction, actor, AnnouncementLog.Resumed, null)]);
        await Tick();
    }

    public async Task<AnnouncementsView> GetView()
    {
        var launch = await Launch.GetDefinition();
        var upcoming = launch is null ? [] : AnnouncementPlanner.Upcoming(store.State.Plan, launch.StartsAt, launch.EndsAt, store.State.Done)
            .Where(o => o.ScheduledAt > clock.GetUtcNow() - AnnouncementPlanner.OnTimeSlack)
            .OrderBy(o => o.ScheduledAt)
            .Select(o => new UpcomingAnnouncement(o.EntryId, o.Index, o.ScheduledAt,
                ScheduleEntry.OffsetLabel(o.ScheduledAt - launch.StartsAt), store.State.Plan.Entries.First(e => e.Id == o.EntryId).Template))
            .ToList();
        return new AnnouncementsView
        {
            Plan = store.State.Plan, Paused = store.State.Paused, PausedBy = store.State.PausedBy, PauseReason = store.State.PauseReason,
            Announcements = store.State.Announcements.ToList(), Upcoming = upcoming, StartsAt = launch?.StartsAt, Skipped = store.State.Skipped,
        };
    }

    public async Task<IDictionary<string, string[]>> SavePlan(AnnouncementPlan plan, string actor)
    {
        var groups = await Launch.GetGroups();
        var errors = PlanValidator.Validate(plan, BroadcastRules.StrictestLimit(groups), groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal));
        if (!errors.IsValid) return errors.ToDictionary();
        // An edited entry keeps its id and so its progress; a removed entry's progress goes with it.
        var ids = plan.Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        store.State.Plan = plan;
        store.State.Done = store.State.Done.Where(d => ids.Contains(d.Key)).ToDictionary(StringComparer.Ordinal);
        await store.WriteStateAsync();
        await AppendTimeline([Entry(TimelineKind.OperatorAction, actor, AnnouncementLog.PlanSaved(plan.Entries.Count), null)]);
        await Tick();
        return new Dictionary<string, string[]>();
    }

    public async Task<bool> CancelEntry(string entryId, string actor)
    {
        var entries = store.State.Plan.Entries.ToList();
        var i = entries.FindIndex(e => e.Id == entryId);
        if (i < 0) return false;
        entries[i] = entries[i] with { Cancelled = true };
        store.State.Plan = store.State.Plan with { Entries = entries };
        await store.WriteStateAsync();
        var held = (await Task.WhenAll(_fanout.All(LaunchId).Select(p => p.Cancel(entryId)))).Sum();
        await AppendTimeline([Entry(TimelineKind.OperatorAction, actor, AnnouncementLog.Cancelled(entries[i].Label, entryId, held), entryId)]);
        await Tick();
        return true;
    }

    public async Task<int> ResendFailed(string actor)
    {
        var count = (await Task.WhenAll(_fanout.All(LaunchId).Select(p => p.ResendFailed()))).Sum();
        if (count > 0) await AppendTimeline([Entry(TimelineKind.OperatorAction, actor, AnnouncementLog.Resent(count), null)]);
        return count;
    }

    public async Task<PreviewResult> Preview(string template, string groupId)
    {
        var launch = await Launch.GetDefinition();
        var group = await Launch.GetGroup(groupId);
        if (launch is null || group is null) return new PreviewResult(null, [$"unknown group '{groupId}'"], 0);
        var parsed = AnnouncementTemplate.TryParse(template, ChannelLimits.MaxBytes((group.Channel ?? DeliveryChannel.Inbox).Kind), out var errors);
        if (parsed is null) return new PreviewResult(null, errors, 0);
        var snapshot = await Launch.GetSnapshot();
        var signups = snapshot?.Groups.FirstOrDefault(g => g.Id == groupId)?.Signups ?? 0;
        var text = parsed.Render(TemplateValues.For(launch, snapshot?.Skus.FirstOrDefault(), group.Name, signups, clock.GetUtcNow()));
        return new PreviewResult(text, [], Encoding.UTF8.GetByteCount(text));
    }

    public async Task<DeliveryMatrix> GetMatrix()
    {
        var groups = await Launch.GetGroups();
        var rows = (await Task.WhenAll(_fanout.All(LaunchId).Select(p => p.GetDeliveries()))).SelectMany(r => r).ToList();
        return DeliveryMatrixBuilder.Build(store.State.Announcements, groups, rows);
    }

    public async Task<DeliveryForecast> GetForecast()
    {
        if (await Launch.GetDefinition() is not { } launch) return DeliveryForecast.Empty;
        var groups = await Launch.GetGroups();
        var rateWindow = options.Value.IgnoreRateLimits ? TimeSpan.Zero : options.Value.RateWindow;
        return DeliveryPlanner.Forecast(store.State.Plan, launch.StartsAt, launch.EndsAt, store.State.Done, groups, clock.GetUtcNow(), rateWindow);
    }

    public Task<IReadOnlyList<InboxMessage>> GetInbox(string groupId) =>
        GrainFactory.GetGrain<IOutboxPartitionGrain>(OutboxKey.Of(LaunchId, OutboxKey.PartitionOf(groupId, options.Value.Partitions))).GetInbox(groupId);

    /// <summary>The timer for the next occurrence when it is near; the reminder while any is pending.</summary>
    private Task Reschedule(DateTimeOffset? next)
    {
        _wakeUp.Timer(next);
        return _wakeUp.Backstop(next);
    }

    private void Remember(Announcement a)
    {
        store.State.Announcements.RemoveAll(x => x.Id == a.Id);
        store.State.Announcements.Add(a);
        if (store.State.Announcements.Count > KeepAnnouncements) store.State.Announcements.RemoveAt(0);
    }

    private bool SameDone(IReadOnlyDictionary<string, int> done) =>
        done.Count == store.State.Done.Count && done.All(d => store.State.Done.GetValueOrDefault(d.Key, -1) == d.Value);

    private TimelineEntry Queued(Announcement a, IReadOnlyList<GroupRegistration> groups) =>
        Entry(TimelineKind.Announcement, a.Actor, AnnouncementLog.Queued(a), a.Id) with
        { GroupIds = a.Target.Kind == TargetKind.All ? [] : a.Target.Select(groups).Select(g => g.Id).ToList() };

    /// <summary>The entry's action is the text's code and its arguments are the entry's.</summary>
    private TimelineEntry Entry(TimelineKind kind, string actor, ServerText text, string? refId) =>
        new() { At = clock.GetUtcNow(), Kind = kind, Action = text.Code, Args = text.Args, Actor = actor, RefId = refId };

    private Task AppendTimeline(IReadOnlyList<TimelineEntry> entries) =>
        entries.Count == 0 ? Task.CompletedTask : GrainFactory.GetGrain<ILaunchTimelineGrain>(LaunchId).Append(entries);
}
