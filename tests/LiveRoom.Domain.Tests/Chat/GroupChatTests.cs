using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Tests.Chat;

/// <summary>The whole pure pipeline as the group grain will drive it: messages in, cues out.</summary>
public class GroupChatTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private readonly MoodAnalyzer _analyzer = new();

    [Fact]
    public void Chain_posts_feed_the_chain_book_and_not_the_mood()
    {
        var chat = new GroupChat();
        var r1 = chat.Receive("m1", T0, "李姐", ChatRole.Member, "#接龙\n不满意包退款 冷敷凝胶\n1. 李姐 2盒", _analyzer);
        var r2 = chat.Receive("m2", T0.AddSeconds(30), "小雨", ChatRole.Member, "#接龙\n不满意包退款 冷敷凝胶\n1. 李姐 2盒\n2. 小雨", _analyzer);
        var replay = chat.Receive("m2", T0.AddSeconds(30), "小雨", ChatRole.Member, "#接龙\n不满意包退款 冷敷凝胶\n1. 李姐 2盒\n2. 小雨", _analyzer);

        Assert.Equal((1, 1), (r1.Chain!.SignupsDelta, r2.Chain!.SignupsDelta));
        Assert.Equal(ChainOutcome.Duplicate, replay.Chain!.Outcome);
        Assert.Equal(2, chat.Chains.Signups);
        var mood = chat.Mood.Snapshot(T0.AddMinutes(1));
        Assert.Equal((2, 0), (mood.Messages, mood.Negatives));
    }

    [Theory]
    [InlineData(ChatRole.SeededMember)]
    [InlineData(ChatRole.Assistant)]
    [InlineData(ChatRole.Owner)]
    public void Staff_quoting_a_complaint_or_asking_the_group_is_neither_flagged_nor_counted(ChatRole staff)
    {
        var chat = new GroupChat();
        var counter = chat.Receive("s1", T0, "托A", staff, "说骗子的姐妹，我都回购三次了，怎么会是假货？", _analyzer);
        var member = chat.Receive("m1", T0.AddSeconds(1), "路人", ChatRole.Member, "是不是骗子？", _analyzer);

        // The receipt drives the feed's highlight and the cue trigger: only the member's message is either.
        Assert.Equal((false, false), (counter.Signal.Negative, counter.Signal.Question));
        Assert.Equal((true, true), (member.Signal.Negative, member.Signal.Question));
        var mood = chat.Mood.Snapshot(T0.AddSeconds(2));
        Assert.Equal((2, 1), (mood.Messages, mood.Negatives));
    }

    [Fact]
    public void A_negative_message_becomes_a_counter_cue()
    {
        var chat = new GroupChat();
        var engine = new CueEngine(CueRuleSet.Default);
        var receipt = chat.Receive("m1", T0, "路人", ChatRole.Member, "这不就是割韭菜吗", _analyzer);
        Assert.True(receipt.Signal.Negative);
        Assert.True(receipt.Signal.Question);

        var snapshot = new GroupSignalsSnapshot
        {
            GroupId = "g1", GroupName = "宝妈3群", SeededMembers = ["托A", "托B"], Assistant = "群助理",
            Signups = chat.Chains.Signups, LastSignupAt = chat.Chains.LastGrowthAt, Mood = chat.Mood.Snapshot(T0.AddSeconds(1)),
        };
        var launch = new LaunchContext { LaunchId = "l1", Phase = LaunchPhase.Countdown };
        var cue = Assert.Single(engine.Evaluate(snapshot, launch, T0.AddSeconds(1)));
        Assert.Equal((CueKind.CounterNegative, "托A"), (cue.Kind, cue.Target));
        Assert.Contains("割韭菜", cue.ReasonText!.Arg("quote"));
    }
}
