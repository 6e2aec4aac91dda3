using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Hosting;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Timeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Announcements;

/// <summary>
/// A slice of a launch's outbox. Enqueue writes once per batch and returns: the message is durable
/// before any attempt. A worker loop then sends what is due, at most
/// <see cref="OutboxOptions.MaxParallel"/> at once, honouring each endpoint's per-minute window;
/// failures wait with exponential backoff and jitter, and after the last attempt become dead letters.
/// Reentrant so that queuing never waits behind a slow gateway; one loop at a time and an in-flight
/// set make sure a delivery is never attempted twice concurrently. A sent status reaches storage at
/// most a second later: a crash in that second re-sends with the same idempotency key, which the
/// gateway drops (at-least-once, deduplicated by key).
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

    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    /// <summary>Deliveries being attempted, with the rate-window slot each holds until it completes.</summary>
    private readonly Dictionary<string, RateWindow.Slot> _inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RateWindow> _rates = new(StringComparer.Ordinal);
    private readonly DeliveryJournal _journal = new();
    private WriteCoalescer _writer = null!;
    private RetryPolicy _retry = RetryPolicy.Default;
    private bool _running;
    private IGrainTimer? _wake;
    private IGrainReminder? _reminder;

    private string LaunchId => this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().LastIndexOf('/')];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _writer = new WriteCoalescer(() => store.WriteStateAsync());
        var o = options.Value;
        _retry = new RetryPolicy(o.RetryBaseDelay, o.RetryMaxDelay, o.MaxAttempts);
        foreach (var (key, item) in store.State.Items)
            if (item.IsPending) _pending.Add(key);
        LiveRoomMetrics.OutboxPendingChanged(_pending.Count);
        Kick();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // The messages stay in storage; this silo no longer holds them.
        LiveRoomMetrics.OutboxPendingChanged(-_pending.Count);
        return Task.CompletedTask;
    }

    public async Task<int> Enqueue(IReadOnlyList<OutboundMessage> messages)
    {
        var added = 0;
        var now = clock.GetUtcNow();
        foreach (var m in messages)
        {
            if (store.State.Items.ContainsKey(m.IdempotencyKey)) continue;
            store.State.Items[m.IdempotencyKey] = new OutboxItem { Message = m, Status = DeliveryStatus.Queued, NextAttemptAt = now };
            added++;
        }
        if (added == 0) return 0;
        await _writer.WriteAsync();
        var before = _pending.Count;
        foreach (var m in messages) if (store.State.Items[m.IdempotencyKey].IsPending) _pending.Add(m.IdempotencyKey);
        LiveRoomMetrics.OutboxPendingChanged(_pending.Count - before);
        await EnsureReminder();
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
        var prefix = entryId + "#";
        var cancelled = 0;
        foreach (var key in _pending.ToList())
        {
            var item = store.State.Items[key];
            if (!item.Message.AnnouncementId.StartsWith(prefix, StringComparison.Ordinal) || _inFlight.ContainsKey(key)) continue;
            item.Status = DeliveryStatus.Cancelled;
            _pending.Remove(key);
            cancelled++;
        }
        LiveRoomMetrics.OutboxPendingChanged(-cancelled);
        if (cancelled > 0) await _writer.WriteAsync();
        return cancelled;
    }

    public async Task<int> ResendFailed()
    {
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var (key, item) in store.State.Items)
        {
            if (item.Status != DeliveryStatus.Failed) continue;
            (item.Status, item.Attempts, item.NextAttemptAt) = (DeliveryStatus.Queued, 0, now);
            if (_pending.Add(key)) LiveRoomMetrics.OutboxPendingChanged(1);
            count++;
        }
        if (count == 0) return 0;
        await _writer.WriteAsync();
        await EnsureReminder();
        Kick();
        return count;
    }

    public Task<IReadOnlyList<DeliveryRow>> GetDeliveries() =>
        Task.FromResult<IReadOnlyList<DeliveryRow>>(store.State.Items.Values.Select(i => i.ToRow()).ToList());

    public Task<IReadOnlyList<DeliveryRow>> GetDeliveriesOf(IReadOnlyList<string> announcementIds)
    {
        var ids = announcementIds.ToHashSet(StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<DeliveryRow>>(store.State.Items.Values.Where(i => ids.Contains(i.Message.AnnouncementId)).Select(i => i.ToRow()).ToList());
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
            while (true)
            {
                var batch = PickDue(clock.GetUtcNow());
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
            if (_pending.Count == 0) await DropReminder();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Outbox {Partition} loop failed; it resumes on the next wake", this.GetPrimaryKeyString());
        }
        finally
        {
            _running = false;
            ScheduleWake();
        }
    }

    /// <summary>Due, not in flight, not held by a pause, and with a free slot in its endpoint's window.</summary>
    private List<OutboxItem> PickDue(DateTimeOffset now)
    {
        var batch = new List<OutboxItem>();
        foreach (var key in _pending)
        {
            if (batch.Count >= options.Value.MaxParallel) break;
            var item = store.State.Items[key];
            if (_inFlight.ContainsKey(key) || item.NextAttemptAt > now) continue;
            if (store.State.Paused && item.Message.Scheduled) continue;
            if (Window(item.Message.Channel).TryTake(now) is not { } slot) continue;
            _inFlight[key] = slot;
            batch.Add(item);
        }
        return batch;
    }

    private RateWindow Window(DeliveryChannel channel)
    {
        var key = channel.RateKey;
        if (_rates.TryGetValue(key, out var w)) return w;
        var limit = options.Value.IgnoreRateLimits || channel.Kind == ChannelKind.Inbox ? 0 : channel.EffectivePerMinute;
        return _rates[key] = new RateWindow(limit, options.Value.RateWindow);
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
        var key = item.Message.IdempotencyKey;
        var now = clock.GetUtcNow();
        if (_inFlight.Remove(key, out var slot)) slot.CompletedAt = now;
        item.Attempts++;
        var before = _pending.Count;
        ApplyOutcome(item, outcome, key, now);
        LiveRoomMetrics.OutboxPendingChanged(_pending.Count - before);
        LiveRoomMetrics.DeliveryAttempted(item.Status, item.Message.Channel.Kind);
    }

    private void ApplyOutcome(OutboxItem item, SendOutcome outcome, string key, DateTimeOffset now)
    {
        if (outcome.Sent)
        {
            (item.Status, item.SentAt, item.Error) = (DeliveryStatus.Sent, now, null);
            // The text is in the group's chat (or inbox) now; keep the state small.
            item.Message = item.Message with { Text = "" };
            _pending.Remove(key);
            _journal.Sent(item.Message);
            return;
        }
        item.Error = outcome.Error;
        if (outcome.Permanent || _retry.Exhausted(item.Attempts))
        {
            item.Status = DeliveryStatus.Failed;
            _pending.Remove(key);
            _journal.Failed(item.Message, outcome.Error);
            return;
        }
        item.Status = DeliveryStatus.Retrying;
        item.NextAttemptAt = now + _retry.DelayAfter(item.Attempts, Random.Shared.NextDouble(), outcome.RetryAfter);
    }

    private async Task Flush()
    {
        await _writer.WriteAsync();
        var entries = _journal.Drain(clock.GetUtcNow());
        if (entries.Count > 0) await GrainFactory.GetGrain<ILaunchTimelineGrain>(LaunchId).Append(entries);
    }

    private void ScheduleWake()
    {
        _wake?.Dispose();
        _wake = null;
        var now = clock.GetUtcNow();
        DateTimeOffset? next = null;
        foreach (var key in _pending)
        {
            var item = store.State.Items[key];
            if (store.State.Paused && item.Message.Scheduled) continue;
            var at = item.NextAttemptAt > now ? item.NextAttemptAt : Window(item.Message.Channel).NextSlot(now);
            if (next is null || at < next) next = at;
        }
        if (next is not { } when) return;
        var due = when - now;
        _wake = this.RegisterGrainTimer(() => { Kick(); return Task.CompletedTask; },
            new GrainTimerCreationOptions(due < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    /// <summary>While deliveries wait, a reminder re-activates this partition after a crash or restart.</summary>
    private async Task EnsureReminder()
    {
        if (_reminder is null) _reminder = await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    private async Task DropReminder()
    {
        var reminder = _reminder ?? await this.GetReminder(ReminderName);
        if (reminder is not null) await this.UnregisterReminder(reminder);
        _reminder = null;
    }
}
