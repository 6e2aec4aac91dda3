using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Tests.Cues;

public class CueWakePlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    private static CueWakePlanner Planner() => new(Tick, Idle);

    private static GroupSignalsSnapshot Group(params ChatQuote[] questions) => new()
    {
        GroupId = "g1", GroupName = "群", LastSignupAt = Now, Mood = new MoodSnapshot { OpenQuestions = questions },
    };

    private static LaunchContext Launch(LaunchPhase phase) => new() { LaunchId = "l", Phase = phase, LiveSince = Now };

    [Fact]
    public void A_trigger_wakes_within_a_quarter_tick_and_a_burst_is_one_wake_up()
    {
        var planner = Planner();
        Assert.Equal(Tick / 4, planner.Triggered(Now));
        Assert.Null(planner.Triggered(Now.AddMilliseconds(10))); // due later than the pending one
        Assert.Null(planner.InATick(Now));
    }

    [Fact]
    public void A_sooner_wake_up_replaces_a_later_one()
    {
        var planner = Planner();
        Assert.Equal(Idle, planner.Retry(Now));
        Assert.Equal(Tick, planner.InATick(Now));
        Assert.Equal(Tick / 4, planner.Triggered(Now));
    }

    [Fact]
    public void Once_woken_the_next_plan_sets_the_timer_again()
    {
        var planner = Planner();
        Assert.Equal(Tick / 4, planner.Triggered(Now));
        planner.Woke();
        Assert.Equal(Idle, planner.Retry(Now.AddSeconds(1)));
    }

    [Fact]
    public void After_an_evaluation_wakes_when_the_next_time_based_rule_is_due_counted_from_the_evaluation()
    {
        var planner = Planner();
        var q = new ChatQuote("q1", "m", "怎么用？", Now.AddSeconds(-58)); // default afterSeconds 60
        var next = planner.Evaluated(Group(q), Launch(LaunchPhase.Countdown), CueRuleSet.Default, new GroupCueState(), Now, Now.AddMilliseconds(300));
        Assert.Equal(TimeSpan.FromSeconds(2), next);
        // Pending until 2.3 s after Now: a wake-up planned for later leaves the timer alone.
        Assert.Null(planner.InATick(Now.AddSeconds(2)));
        Assert.Equal(Tick, planner.InATick(Now.AddSeconds(1.8)));
    }

    [Fact]
    public void A_rule_already_due_wakes_at_once()
    {
        var q = new ChatQuote("q1", "m", "?", Now.AddMinutes(-5));
        Assert.Equal(TimeSpan.Zero, Planner().Evaluated(Group(q), Launch(LaunchPhase.Countdown), CueRuleSet.Default, new GroupCueState(), Now, Now));
    }

    [Fact]
    public void Without_time_based_rules_due_wakes_at_the_idle_interval_and_never_once_the_launch_has_ended()
    {
        Assert.Equal(Idle, Planner().Evaluated(Group(), Launch(LaunchPhase.Countdown), CueRuleSet.Default, new GroupCueState(), Now, Now));
        var q = new ChatQuote("q1", "m", "?", Now);
        Assert.Null(Planner().Evaluated(Group(q), Launch(LaunchPhase.Ended), CueRuleSet.Default, new GroupCueState(), Now, Now));
    }
}
