using LiveRoom.Domain.Posting;

namespace LiveRoom.Domain.Announcements;

/// <summary>
/// The sending rules of one outbox partition, over its stored items: which deliveries are due
/// (not in flight, not held by a pause, with a free slot in their endpoint's per-minute window, at
/// most <see cref="MaxParallel"/> at once), what an attempt's outcome does to a delivery (sent;
/// retry with exponential backoff and jitter; dead letter after the last attempt), and when the
/// partition should look again. It keeps the pending and in-flight sets in memory, rebuilt from the
/// items on activation; the grain stores the items, sends, and writes.
/// </summary>
public sealed class OutboxQueue(IDictionary<string, OutboxItem> items, RetryPolicy retry)
{
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    /// <summary>Staff-posted notices not yet posted: never sent, only watched for turning late.</summary>
    private readonly HashSet<string> _awaiting = new(StringComparer.Ordinal);
    /// <summary>Deliveries being attempted, with the rate-window slot each holds until it completes.</summary>
    private readonly Dictionary<string, RateWindow.Slot> _inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RateWindow> _rates = new(StringComparer.Ordinal);

    public int MaxParallel { get; init; } = 32;
    /// <summary>Turns off every per-minute limit (benchmarks against a local receiver).</summary>
    public bool IgnoreRateLimits { get; init; }
    /// <summary>The window the per-minute limits count in: a minute, as WeCom counts; tests shorten it.</summary>
    public TimeSpan WindowLength { get; init; } = TimeSpan.FromMinutes(1);
    /// <summary>How long staff have to post a due notice before it turns late (<see cref="StaffPostRules"/>).</summary>
    public TimeSpan StaffPostLateAfter { get; init; } = StaffPostRules.DefaultLateAfter;

    /// <summary>Staff-posted notices still due or late.</summary>
    public int AwaitingStaff => _awaiting.Count;

    /// <summary>Deliveries still to send (queued or retrying, not cancelled).</summary>
    public int Pending => _pending.Count;

    /// <summary>The outcomes since the last drain, one timeline entry per announcement and outcome.</summary>
    public DeliveryJournal Journal { get; } = new();

    /// <summary>After activation: every stored delivery still to send is pending again.</summary>
    public void Load()
    {
        foreach (var (key, item) in items)
        {
            if (item.IsPending) _pending.Add(key);
            if (item.AwaitsStaff) _awaiting.Add(key);
        }
    }

    /// <summary>Stores the messages not seen before (by idempotency key), due now; none is pending until <see cref="Track"/>.</summary>
    public int Store(IEnumerable<OutboundMessage> messages, DateTimeOffset now)
    {
        var added = 0;
        foreach (var m in messages)
            if (items.TryAdd(m.IdempotencyKey, new OutboxItem
                {
                    Message = m, NextAttemptAt = now,
                    // A staff-posted group's notice is due to its people, not to the send loop.
                    Status = StaffPostRules.IsStaffPost(m) ? DeliveryStatus.Due : DeliveryStatus.Queued,
                }))
                added++;
        return added;
    }

    /// <summary>Once stored durably: the messages become pending (a replayed one that was sent stays sent).</summary>
    public void Track(IEnumerable<OutboundMessage> messages)
    {
        foreach (var m in messages)
        {
            var item = items[m.IdempotencyKey];
            if (item.IsPending) _pending.Add(m.IdempotencyKey);
            if (item.AwaitsStaff) _awaiting.Add(m.IdempotencyKey);
        }
    }

    /// <summary>Takes back the pending deliveries of an entry's announcements ("{entry}#n"), except those being attempted.</summary>
    public int Cancel(string entryId)
    {
        var prefix = entryId + "#";
        var cancelled = 0;
        foreach (var key in _pending.ToList())
        {
            var item = items[key];
            if (!item.Message.AnnouncementId.StartsWith(prefix, StringComparison.Ordinal) || _inFlight.ContainsKey(key)) continue;
            item.Status = DeliveryStatus.Cancelled;
            _pending.Remove(key);
            cancelled++;
        }
        foreach (var key in _awaiting.ToList())
        {
            var item = items[key];
            if (!item.Message.AnnouncementId.StartsWith(prefix, StringComparison.Ordinal)) continue;
            item.Status = DeliveryStatus.Cancelled;
            _awaiting.Remove(key);
            cancelled++;
        }
        return cancelled;
    }

    /// <summary>Due staff-posted notices past their allowance turn late; each is journalled once, for the operator.</summary>
    public int TurnLate(DateTimeOffset now)
    {
        var turned = 0;
        foreach (var key in _awaiting)
        {
            var item = items[key];
            if (!StaffPostRules.TurnLateIfDue(item, now, StaffPostLateAfter)) continue;
            Journal.Late(item.Message);
            turned++;
        }
        return turned;
    }

    /// <summary>A person tapped 已发 for one group's notice (by its idempotency key).</summary>
    public PostOutcome Post(string key, string person, DateTimeOffset now)
    {
        if (!items.TryGetValue(key, out var item) || !StaffPostRules.IsStaffPost(item.Message)) return PostOutcome.Unknown;
        var outcome = StaffPostRules.Post(item, person, now);
        if (outcome != PostOutcome.Posted) return outcome;
        _awaiting.Remove(key);
        Journal.Posted(item.Message, person);
        return outcome;
    }

    /// <summary>Dead letters start over: queued, attempts from zero, due now.</summary>
    public int ResendFailed(DateTimeOffset now)
    {
        var count = 0;
        foreach (var (key, item) in items)
        {
            if (item.Status != DeliveryStatus.Failed) continue;
            (item.Status, item.Attempts, item.NextAttemptAt) = (DeliveryStatus.Queued, 0, now);
            _pending.Add(key);
            count++;
        }
        return count;
    }

    /// <summary>Due, not in flight, not held by a pause, and with a free slot in its endpoint's window; marked in flight.</summary>
    public List<OutboxItem> PickDue(DateTimeOffset now, bool paused)
    {
        var batch = new List<OutboxItem>();
        foreach (var key in _pending)
        {
            if (batch.Count >= MaxParallel) break;
            var item = items[key];
            if (_inFlight.ContainsKey(key) || item.NextAttemptAt > now) continue;
            if (paused && item.Message.Scheduled) continue;
            if (Window(item.Message.Channel).TryTake(now) is not { } slot) continue;
            _inFlight[key] = slot;
            batch.Add(item);
        }
        return batch;
    }

    /// <summary>An attempt's outcome: frees its window slot, then sent, dead letter, or retry later with jitter in [0,1).</summary>
    public void Apply(OutboxItem item, SendOutcome outcome, DateTimeOffset now, double jitter)
    {
        var key = item.Message.IdempotencyKey;
        if (_inFlight.Remove(key, out var slot)) slot.CompletedAt = now;
        item.Attempts++;
        if (outcome.Sent)
        {
            (item.Status, item.SentAt, item.Error) = (DeliveryStatus.Sent, now, null);
            // The text is in the group's chat (or inbox) now; keep the state small.
            item.Message = item.Message with { Text = "" };
            _pending.Remove(key);
            Journal.Sent(item.Message);
            return;
        }
        item.Error = outcome.Error;
        if (outcome.Permanent || retry.Exhausted(item.Attempts))
        {
            item.Status = DeliveryStatus.Failed;
            _pending.Remove(key);
            Journal.Failed(item.Message, outcome.Error);
            return;
        }
        item.Status = DeliveryStatus.Retrying;
        item.NextAttemptAt = now + retry.DelayAfter(item.Attempts, jitter, outcome.RetryAfter);
    }

    /// <summary>
    /// When the next pending delivery may go (its retry time or its window's next slot) or the next
    /// due staff-posted notice turns late; null when nothing will happen by itself.
    /// </summary>
    public DateTimeOffset? NextAt(DateTimeOffset now, bool paused)
    {
        DateTimeOffset? next = null;
        foreach (var key in _pending)
        {
            var item = items[key];
            if (paused && item.Message.Scheduled) continue;
            var at = item.NextAttemptAt > now ? item.NextAttemptAt : Window(item.Message.Channel).NextSlot(now);
            if (next is null || at < next) next = at;
        }
        foreach (var key in _awaiting)
        {
            var item = items[key];
            if (item.Status != DeliveryStatus.Due) continue;
            var at = StaffPostRules.LateAt(item, StaffPostLateAfter);
            if (next is null || at < next) next = at;
        }
        return next;
    }

    /// <summary>One window per endpoint (several groups may share a robot); the inbox has no limit.</summary>
    private RateWindow Window(DeliveryChannel channel)
    {
        var key = channel.RateKey;
        if (_rates.TryGetValue(key, out var w)) return w;
        var limit = IgnoreRateLimits || channel.IsLocal ? 0 : channel.EffectivePerMinute;
        return _rates[key] = new RateWindow(limit, WindowLength);
    }
}
