using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Tests.Chat;

public class GroupMoodTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private readonly MoodAnalyzer _analyzer = new();
    private int _next;

    private NegativeSpike? Say(GroupMood mood, DateTimeOffset at, string text, ChatRole role = ChatRole.Member, string sender = "会员", string? id = null) =>
        mood.Record(id ?? $"m{_next++}", at, sender, role, _analyzer.Analyze(text), text);

    [Fact]
    public void Mood_moves_from_calm_to_tense_to_negative_with_the_share_of_negatives()
    {
        var mood = new GroupMood();
        for (var i = 0; i < 15; i++) Say(mood, T0.AddSeconds(i * 20), "今晚开抢好期待");
        Assert.Equal(MoodLevel.Calm, mood.Snapshot(T0.AddMinutes(7)).Level);

        Say(mood, T0.AddMinutes(7), "感觉太贵了");
        Say(mood, T0.AddMinutes(7.5), "我要退款");
        var tense = mood.Snapshot(T0.AddMinutes(8));
        Assert.Equal((MoodLevel.Tense, 2), (tense.Level, tense.Negatives));

        for (var i = 0; i < 6; i++) Say(mood, T0.AddMinutes(12 + i), "骗子");
        // Older calm messages left the 10-minute window; negatives dominate what is left.
        var negative = mood.Snapshot(T0.AddMinutes(18));
        Assert.Equal(MoodLevel.Negative, negative.Level);
        Assert.Equal("骗子", negative.RecentNegatives[0].Term);
    }

    [Fact]
    public void The_level_without_a_snapshot_follows_the_window_as_it_slides_and_is_trimmed()
    {
        // No spikes (their hysteresis would mask the ratio) and a small bound, so messages leave
        // the window by age and by count.
        var mood = new GroupMood(new MoodOptions { SpikeCount = 100_000, MaxMessages = 150 });
        var levels = new HashSet<MoodLevel>();
        for (var i = 0; i < 1_200; i++)
        {
            var at = T0.AddSeconds(i * 1.5);
            // Waves of complaints, and staff quoting them (which is not the group's mood).
            var text = (i / 100 % 3, i % 4) switch
            {
                (1, 0) or (1, 1) => "骗子",
                (2, 0) => "太贵了",
                (_, 3) when i % 7 == 0 => "骗子",
                _ => "冲冲冲",
            };
            Say(mood, at, text, role: i % 11 == 0 ? ChatRole.SeededMember : ChatRole.Member);
            var snapshot = mood.Snapshot(at); // recounts the window
            Assert.Equal(snapshot.Level, mood.LevelNow());
            levels.Add(snapshot.Level);
        }
        Assert.Equal([MoodLevel.Calm, MoodLevel.Tense, MoodLevel.Negative], levels.Order());
    }

    [Fact]
    public void A_question_is_open_until_staff_posts_after_it()
    {
        var mood = new GroupMood();
        Say(mood, T0, "几点开抢？", sender: "小雨");
        Say(mood, T0.AddSeconds(10), "有没有赠品", sender: "老周");
        Say(mood, T0.AddSeconds(20), "我也想知道", sender: "阿May");
        var open = mood.Snapshot(T0.AddSeconds(30));
        Assert.Equal(2, open.UnansweredQuestions);
        Assert.Equal("几点开抢？", open.OpenQuestions[0].Text);

        Say(mood, T0.AddSeconds(40), "今晚8点开抢哦", ChatRole.Assistant, "群助理");
        Assert.Equal(0, mood.Snapshot(T0.AddSeconds(50)).UnansweredQuestions);

        // A question posted before that answer but delivered later is answered already.
        Say(mood, T0.AddSeconds(35), "在哪里下单？");
        Assert.Equal(0, mood.Snapshot(T0.AddSeconds(50)).UnansweredQuestions);
        // A seeded member's own leading question (引关注) does not wait for an answer.
        Say(mood, T0.AddSeconds(60), "这个真的好用吗？", ChatRole.SeededMember, "托1");
        Assert.Equal(0, mood.Snapshot(T0.AddSeconds(70)).UnansweredQuestions);
    }

    [Fact]
    public void A_spike_is_raised_exactly_once_and_rearms_after_calming_down()
    {
        var mood = new GroupMood();
        for (var i = 0; i < 10; i++) Say(mood, T0.AddSeconds(i * 10), "期待");
        var alerts = new List<NegativeSpike>();
        for (var i = 0; i < 8; i++)
            if (Say(mood, T0.AddMinutes(2).AddSeconds(i * 10), "骗子退款") is { } a) alerts.Add(a);
        var spike = Assert.Single(alerts);
        Assert.Equal(3, spike.Negatives);
        Assert.Equal(MoodLevel.Negative, mood.Snapshot(T0.AddMinutes(3.3)).Level);

        mood.Tick(T0.AddMinutes(8));
        Assert.False(mood.InSpike);
        // Re-armed; the group now has a history of 8 negatives, so the next spike must beat that baseline.
        var next = Enumerable.Range(0, 8).Select(i => Say(mood, T0.AddMinutes(8).AddSeconds(i), "假货")).ToList();
        Assert.Single(next, a => a is not null);
    }

    [Fact]
    public void A_group_that_always_grumbles_needs_more_to_spike()
    {
        var mood = new GroupMood();
        // A negative every minute for 40 minutes: that is this group's normal, and never 3 in 2 minutes.
        for (var i = 0; i < 40; i++) Assert.Null(Say(mood, T0.AddMinutes(i).AddSeconds(1), "太贵"));
        // 4 within 2 minutes would spike a new group, but not one whose normal is 2 per 2 minutes.
        NegativeSpike? alert = null;
        for (var i = 0; i < 4; i++) alert ??= Say(mood, T0.AddMinutes(41).AddSeconds(i * 5), "骗子");
        Assert.Null(alert);
        Assert.NotNull(Say(mood, T0.AddMinutes(41).AddSeconds(30), "骗子"));
    }

    [Fact]
    public void Replays_staff_negatives_and_old_messages_do_not_count()
    {
        var mood = new GroupMood();
        Say(mood, T0.AddMinutes(20), "骗子", id: "x");
        Say(mood, T0.AddMinutes(20), "骗子", id: "x");
        Say(mood, T0.AddMinutes(20), "说骗子的朋友，我买过三次了", ChatRole.SeededMember);
        Say(mood, T0, "骗子");
        Assert.Equal(1, mood.Snapshot(T0.AddMinutes(21)).Negatives);
    }

    [Fact]
    public void Message_rate_is_compared_with_the_groups_own_baseline()
    {
        var mood = new GroupMood(new MoodOptions { Window = TimeSpan.FromMinutes(60) });
        for (var i = 0; i < 200; i++) Say(mood, T0.AddSeconds(i * 6), "聊天");
        Assert.Null(new GroupMood().Snapshot(T0).BaselineMessagesPerMinute);
        var quiet = mood.Snapshot(T0.AddMinutes(26));
        Assert.Equal(10, quiet.BaselineMessagesPerMinute!.Value, 0.5);
        Assert.Equal(0, quiet.MessagesPerMinute);
    }
}
