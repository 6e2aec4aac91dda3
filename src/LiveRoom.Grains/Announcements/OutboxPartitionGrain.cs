using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Posting;
using LiveRoom.Grains.Hosting;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Timeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Announcements;

/// <summary>
/// A slice of a launch's outbox, as a shell over <see cref="OutboxQueue"/> (which decides what is
/// due and what an outcome does). Enqueue writes once per batch and returns: the message is durable
/// before any attempt. A worker loop then sends what is due. Reentrant so that queuing never waits
/// behind a slow gateway; one loop at a time and the queue's in-flight set make sure a delivery is
/// never attempted twice concurrently. A sent status reaches storage at most a second later: a
/// crash in that second re-sends with the same idempotency key, which the gateway drops
/// (at-least-once, deduplicated by key). While deliveries wait, a <see cref="WakeUp"/> reminder
/// brings the partition back after a crash or restart.
/// </summary>
[Reentrant]
public sealed class OutboxPartitionGrain(
    [PersistentState("outbox", StorageNames.Default)] IPersistentState<OutboxState> store,
    IDeliverySender sender,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxPartitionGrain> logger) : Grain, IOutboxPartitionGrain, IRemindable
{
    private const string ReminderName = "outbox";
    private static readonly TimeSpan WriteEvery = TimeSpan.FromSeconds(1);

    private OutboxQueue _queue = null!;
    private WakeUp _wakeUp = null!;
    private WriteCoalescer _writer = null!;
    private bool _running;

    private string LaunchId => OutboxKey.Parse(this.GetPrimaryKeyString()).LaunchId;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        _queue = new OutboxQueue(store.State.Items, new RetryPolicy(o.RetryBaseDelay, o.RetryMaxDelay, o.MaxAttempts))
        {
            MaxParallel = o.MaxParallel, IgnoreRateLimits = o.IgnoreRateLimits, WindowLength = o.RateWindow, StaffPostLateAfter = o.StaffPostLateAfter,
        };
        _wakeUp = new WakeUp(this, ReminderName, () => { Kick(); return Task.CompletedTask; }, clock, logger);
        _writer = new WriteCoalescer(() => store.WriteStateAsync());
        _queue.Load();
        LiveRoomMetrics.OutboxPendingChanged(_queue.Pending);
        Kick();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // The messages stay in storage; this silo no longer holds them.
        LiveRoomMetrics.OutboxPendingChanged(-_queue.Pending);
        return Task.CompletedTask;
    }

    public async Task<int> Enqueue(IReadOnlyList<OutboundMessage> messages)
    {
        var added = _queue.Store(messages, clock.GetUtcNow());
        if (added == 0) return 0;
        await _writer.WriteAsync();
        Counted(() => _queue.Track(messages));
        await KeepReminder();
        Kick();
        return added;
    }

    public async Task SetPaused(bool paused)
    {
        if (store.State.Paused == paused) return;
        store.State.Paused = paused;
        await _writer.WriteAsync();
        Kick();
    }

    public async Task<int> Cancel(string entryId)
    {
        var cancelled = 0;
        Counted(() => cancelled = _queue.Cancel(entryId));
        if (cancelled > 0) await _writer.WriteAsync();
        return cancelled;
    }

    public async Task<int> ResendFailed()
    {
        var count = 0;
        Counted(() => count = _queue.ResendFailed(clock.GetUtcNow()));
        if (count == 0) return 0;
        await _writer.WriteAsync();
        await KeepReminder();
        Kick();
        return count;
    }

    public Task<IReadOnlyList<DeliveryRow>> GetDeliveries() =>
        Task.FromResult<IReadOnlyList<DeliveryRow>>(store.State.Items.Values.Select(DeliveryRow.Of).ToList());

    public Task<IReadOnlyList<DeliveryRow>> GetDeliveriesOf(IReadOnlyList<string> announcementIds)
    {
        var ids = announcementIds.ToHashSet(StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<DeliveryRow>>(store.State.Items.Values.Where(i => ids.Contains(i.Message.AnnouncementId)).Select(DeliveryRow.Of).ToList());
    }

    /// <summary>Durable before it answers: a person's 已发 is a business fact, like an order.</summary>
    public async Task<PostOutcome> MarkPosted(string groupId, string announcementId, string person)
    {
        var outcome = _queue.Post($"{LaunchId}:{announcementId}:{groupId}", person, clock.GetUtcNow());
        if (outcome == PostOutcome.Posted) await Flush();
        return outcome;
    }

    public Task<IReadOnlyList<StaffNotice>> GetStaffNotices(IReadOnlyList<string> groupIds)
    {
        var ids = groupIds.ToHashSet(StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<StaffNotice>>(store.State.Items.Values
            .Where(i => StaffPostRules.IsStaffPost(i.Message) && ids.Contains(i.Message.GroupId) && i.Status != DeliveryStatus.Cancelled)
            .Select(StaffNotice.Of).ToList());
    }

    public Task<IReadOnlyList<InboxMessage>> GetInbox(string groupId) =>
        Task.FromResult<IReadOnlyList<InboxMessage>>(store.State.Inbox.TryGetValue(groupId, out var list) ? list.ToList() : []);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Kick();
        return Task.CompletedTask;
    }

    private void Kick()
    {
        if (!_running) _ = RunAsync();
    }

    private async Task RunAsync()
    {
        _running = true;
        try
        {
            var lastWrite = clock.GetUtcNow();
            // Staff-posted notices nobody posted in time: the flush below writes them and alerts the operator.
            _queue.TurnLate(clock.GetUtcNow());
            while (true)
            {
                var batch = _queue.PickDue(clock.GetUtcNow(), store.State.Paused);
                if (batch.Count == 0) break;
                var outcomes = await Task.WhenAll(batch.Select(Attempt));
                for (var i = 0; i < batch.Count; i++) Apply(batch[i], outcomes[i]);
                if (clock.GetUtcNow() - lastWrite >= WriteEvery)
                {
                    await Flush();
                    lastWrite = clock.GetUtcNow();
                }
            }
            await Flush();
            // Nothing left to send or to watch: nothing to come back for after a restart.
            if (_queue.Pending == 0 && _queue.AwaitingStaff == 0) await _wakeUp.Backstop(null);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Outbox {Partition} loop failed; it resumes on the next wake", this.GetPrimaryKeyString());
        }
        finally
        {
            _running = false;
            _wakeUp.Timer(_queue.NextAt(clock.GetUtcNow(), store.State.Paused));
        }
    }

    private async Task<SendOutcome> Attempt(OutboxItem item)
    {
        if (item.Message.Channel.Kind == ChannelKind.Inbox) return DeliverToInbox(item.Message);
        try
        {
            return await sender.Send(item.Message, CancellationToken.None);
        }
        catch (Exception ex)
        {
            return new SendOutcome(false, ex.Message);
        }
    }

    private SendOutcome DeliverToInbox(OutboundMessage m)
    {
        if (!store.State.Inbox.TryGetValue(m.GroupId, out var list)) store.State.Inbox[m.GroupId] = list = [];
        if (list.Any(x => x.AnnouncementId == m.AnnouncementId)) return SendOutcome.Ok; // the same key: posted once
        list.Add(new InboxMessage(m.AnnouncementId, m.Text, clock.GetUtcNow(), m.Late));
        if (list.Count > options.Value.InboxSize) list.RemoveRange(0, list.Count - options.Value.InboxSize);
        return SendOutcome.Ok;
    }

    private void Apply(OutboxItem item, SendOutcome outcome)
    {
        var before = _queue.Pending;
        _queue.Apply(item, outcome, clock.GetUtcNow(), Random.Shared.NextDouble());
        LiveRoomMetrics.OutboxPendingChanged(_queue.Pending - before);
        LiveRoomMetrics.DeliveryAttempted(item.Status, item.Message.Channel.Kind);
    }

    /// <summary>Runs a change of the pending set and reports how much it grew or shrank to the metrics.</summary>
    private void Counted(Action change)
    {
        var before = _queue.Pending;
        change();
        LiveRoomMetrics.OutboxPendingChanged(_queue.Pending - before);
    }

    /// <summary>While deliveries wait: the reminder fires within a period, then every period.</summary>
    private Task KeepReminder() => _wakeUp.Backstop(clock.GetUtcNow() + WakeUp.Period);

    private async Task Flush()
    {
        await _writer.WriteAsync();
        var entries = _queue.Journal.Drain(clock.GetUtcNow());
        if (entries.Count > 0) await GrainFactory.GetGrain<ILaunchTimelineGrain>(LaunchId).Append(entries);
    }
}
