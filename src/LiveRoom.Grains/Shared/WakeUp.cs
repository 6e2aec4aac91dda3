using Microsoft.Extensions.Logging;

namespace LiveRoom.Grains.Shared;

/// <summary>
/// The one way a grain has itself woken up later. Two mechanisms, because neither does it alone:
/// a one-shot grain timer is exact to the second but lives only as long as the activation, while
/// an Orleans reminder survives deactivation, crashes and restarts but is minute-grained and costs
/// a storage write per change. So the timer gives the near wake-up (<see cref="Timer"/>) and the
/// reminder is the durable backstop (<see cref="Backstop"/>): it brings the grain back after a
/// restart, and the grain's activation resumes whatever was due. Woken up once too often is
/// harmless by design: every callback looks at its state and does only what is due.
/// </summary>
public sealed class WakeUp(Grain grain, string reminderName, Func<Task> onWake, TimeProvider clock, ILogger logger)
{
    /// <summary>How often the reminder fires once its first firing has passed.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);
    /// <summary>Reminders cannot be due at once; a timer at once would spin.</summary>
    private static readonly TimeSpan ReminderFloor = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan TimerFloor = TimeSpan.FromMilliseconds(10);

    private IGrainTimer? _timer;
    private DateTimeOffset? _timerAt;
    /// <summary>The reminder's first firing as registered; null when there is none. Unknown (false) right after activation.</summary>
    private DateTimeOffset? _reminderAt;
    private bool _reminderKnown;
    private Task _sync = Task.CompletedTask;

    /// <summary>
    /// Timers are set only this far ahead: a keep-alive timer hours away would pin the activation
    /// in memory for nothing, and the reminder covers anything later.
    /// </summary>
    public TimeSpan Horizon { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>Replaces the one-shot timer: fires <c>onWake</c> at <paramref name="at"/> (null, or beyond the horizon: no timer).</summary>
    public void Timer(DateTimeOffset? at)
    {
        var now = clock.GetUtcNow();
        if (at is { } beyond && Horizon != Timeout.InfiniteTimeSpan && beyond - now > Horizon) at = null;
        if (at == _timerAt && (_timer is not null || at is null)) return;
        _timer?.Dispose();
        (_timer, _timerAt) = (null, at);
        if (at is not { } when) return;
        var due = when - now;
        _timer = grain.RegisterGrainTimer(() =>
        {
            (_timer, _timerAt) = (null, null);
            return onWake();
        }, new GrainTimerCreationOptions(due < TimerFloor ? TimerFloor : due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    /// <summary>
    /// Keeps the reminder while there is work that must happen without anyone calling, with its
    /// first firing no later than <paramref name="firstAt"/> (at most a period ahead); null removes
    /// it. The reminder is written only when it would otherwise fire too late: it fires every
    /// period anyway, so a later wish is already covered. Calls are chained, so the last decision
    /// wins; a failure is logged and tried again at the next call (the timer still runs).
    /// </summary>
    public Task Backstop(DateTimeOffset? firstAt) => _sync = BackstopAfter(_sync, firstAt);

    private async Task BackstopAfter(Task previous, DateTimeOffset? firstAt)
    {
        try
        {
            await previous;
        }
        catch
        {
            // Never thrown: failures are logged below.
        }
        var now = clock.GetUtcNow();
        DateTimeOffset? wanted = firstAt is { } at ? Clamp(at, now) : null;
        if (_reminderKnown && !Needed(wanted, now)) return;
        try
        {
            if (wanted is { } first)
                await grain.RegisterOrUpdateReminder(reminderName, first - now, Period);
            else if (await grain.GetReminder(reminderName) is { } reminder)
                await grain.UnregisterReminder(reminder);
            (_reminderAt, _reminderKnown) = (wanted, true);
        }
        catch (Exception ex)
        {
            _reminderKnown = false;
            logger.LogWarning(ex, "{Grain} could not update its reminder {Reminder}", grain.GetGrainId(), reminderName);
        }
    }

    /// <summary>Whether the registered reminder must change: removed, added, or it would next fire later than wanted.</summary>
    private bool Needed(DateTimeOffset? wanted, DateTimeOffset now)
    {
        if (wanted is not { } w) return _reminderAt is not null;
        if (_reminderAt is not { } registered) return true;
        var next = registered > now ? registered : now + Period; // at the latest
        return w < next - ReminderFloor;
    }

    private static DateTimeOffset Clamp(DateTimeOffset at, DateTimeOffset now) =>
        at - now < ReminderFloor ? now + ReminderFloor : at - now > Period ? now + Period : at;
}
