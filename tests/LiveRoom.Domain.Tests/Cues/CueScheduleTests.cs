using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Tests.Cues;

public class CueScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    private static GroupSignalsSnapshot Group(DateTimeOffset? lastSignup = null, params ChatQuote[] questions) => new()
    {
        GroupId = "g1", GroupName = "群", LastSignupAt = lastSignup, Mood = new MoodSnapshot { OpenQuestions = questions },
    };

    private static LaunchContext Live(DateTimeOffset since) => new() { LaunchId = "l", Phase = LaunchPhase.Live, LiveSince = since };

    [Fact]
    public void Wakes_when_the_oldest_open_question_has_waited_long_enough()
    {
        var q = new ChatQuote("q1", "m", "怎么用？", Now.AddSeconds(-58));
        var next = CueSchedule.NextCheck(Group(Now, q), Live(Now.AddMinutes(-1)), CueRuleSet.Default, new GroupCueState(), Now, Idle);
        Assert.Equal(Now.AddSeconds(2), next); // default afterSeconds 60
    }

    [Fact]
    public void A_cooldown_pushes_the_wake_up_to_its_end_and_handled_questions_are_ignored()
    {
        var state = new GroupCueState();
        state.LastIssued[CueRuleKind.UnansweredQuestion] = Now.AddSeconds(-10); // default cooldown 60 s
        var q = new ChatQuote("q1", "m", "?", Now.AddSeconds(-120));
        Assert.Equal(Now.AddSeconds(50), CueSchedule.NextCheck(Group(Now, q), Live(Now), CueRuleSet.Default, state, Now, TimeSpan.FromMinutes(1)));
        state.MarkHandled("q1");
        Assert.Equal(Now + TimeSpan.FromMinutes(1), CueSchedule.NextCheck(Group(Now, q), Live(Now), CueRuleSet.Default, state, Now, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void While_live_wakes_when_the_chain_will_have_stalled()
    {
        var next = CueSchedule.NextCheck(Group(Now.AddMinutes(-2)), Live(Now.AddMinutes(-10)), CueRuleSet.Default, new GroupCueState(), Now, TimeSpan.FromMinutes(5));
        Assert.Equal(Now.AddMinutes(1), next); // default stall 3 min after the last entry
        var notLive = new LaunchContext { LaunchId = "l", Phase = LaunchPhase.Countdown };
        Assert.Equal(Now.AddMinutes(5), CueSchedule.NextCheck(Group(Now.AddMinutes(-2)), notLive, CueRuleSet.Default, new GroupCueState(), Now, TimeSpan.FromMinutes(5)));
    }
}
