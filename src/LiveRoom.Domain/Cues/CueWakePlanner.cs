using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// When one group's cue evaluation wakes up. A group evaluates only when something may fire: soon
/// after an event a rule answers at once, when its next time-based rule is due (<see cref="CueSchedule"/>),
/// and at the idle interval otherwise. One wake-up is pending at a time and one already due sooner
/// stands, so a burst of events is one evaluation. Each method answers the delay to set the group's
/// timer to, or null when the timer stays as it is.
/// </summary>
public sealed class CueWakePlanner(TimeSpan tick, TimeSpan idle)
{
    private DateTimeOffset _due = DateTimeOffset.MaxValue;

    /// <summary>On activation, and when the timer fires during an evaluation still running: in a tick.</summary>
    public TimeSpan? InATick(DateTimeOffset now) => WakeIn(tick, now);

    /// <summary>
    /// An event a rule may answer at once (<see cref="Groups.GroupLedger.CueTriggered"/>): within one
    /// tick of it. A quarter tick of waiting leaves room for the HTTP request before it and the cue
    /// grain after it, and a burst in that quarter is one evaluation.
    /// </summary>
    public TimeSpan? Triggered(DateTimeOffset now) => WakeIn(tick / 4, now);

    /// <summary>No launch to evaluate against yet, or the evaluation failed: again at the idle interval.</summary>
    public TimeSpan? Retry(DateTimeOffset now) => WakeIn(idle, now);

    /// <summary>The timer fired: nothing is pending until a wake-up is planned again.</summary>
    public void Woke() => _due = DateTimeOffset.MaxValue;

    /// <summary>
    /// After an evaluation of the signals read at <paramref name="evaluatedAt"/>: when the next
    /// time-based rule may fire, counted from <paramref name="now"/> (the evaluation awaited the cue
    /// grain in between); never again once the launch has ended.
    /// </summary>
    public TimeSpan? Evaluated(GroupSignalsSnapshot signals, LaunchContext launch, CueRuleSet rules, GroupCueState cues,
        DateTimeOffset evaluatedAt, DateTimeOffset now) =>
        launch.Phase == LaunchPhase.Ended
            ? null
            : WakeIn(CueSchedule.NextCheck(signals, launch, rules, cues, evaluatedAt, idle) - evaluatedAt, now);

    private TimeSpan? WakeIn(TimeSpan delay, DateTimeOffset now)
    {
        if (delay < TimeSpan.Zero) delay = TimeSpan.Zero;
        var due = now + delay;
        if (due >= _due) return null;
        _due = due;
        return delay;
    }
}
