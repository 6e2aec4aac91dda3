using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Tests.Cues;

public class CueEngineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static readonly LaunchContext Live = new()
    {
        LaunchId = "l1", Phase = LaunchPhase.Live, LiveSince = T0, SignupsPerMinute = 30, OrdersPerMinute = 12,
        FeaturedSku = "冷敷凝胶", Remaining = 88,
    };

    private static GroupSignalsSnapshot Group(MoodSnapshot? mood = null, int orders = 0, DateTimeOffset? lastSignup = null,
        string[]? seeded = null, string? assistant = "群助理") => new()
    {
        GroupId = "g1", GroupName = "宝妈3群", SeededMembers = seeded ?? ["托A", "托B", "托C"], Assistant = assistant, Owner = "群主",
        Orders = orders, LastSignupAt = lastSignup, Mood = mood ?? new MoodSnapshot(),
    };

    private static CueEngine Engine(string? json = null) =>
        new(json is null ? CueRuleSet.Default : CueRuleSet.Load(json, out var e) ?? throw new InvalidOperationException(e.ToString()));

    private static CueEngine Only(string rule) => Engine($$"""{ "useDefaults": false, "rules": [ {{rule}} ] }""");

    private static MoodSnapshot Negatives(params ChatQuote[] quotes) => new() { RecentNegatives = quotes, Negatives = quotes.Length };
    private static MoodSnapshot Questions(params ChatQuote[] quotes) => new() { OpenQuestions = quotes, UnansweredQuestions = quotes.Length };
    private static ChatQuote Q(string id, DateTimeOffset at, string text, string? term = null) => new(id, "小雨", text, at, term);

    [Fact]
    public void Negative_message_issues_a_counter_cue_with_an_operator_alert()
    {
        var engine = Only("""{ "kind": "negativeMessage", "script": "回应“{quote}”：放心买" }""");
        var cue = Assert.Single(engine.Evaluate(Group(Negatives(Q("m1", T0, "这是骗子吧", "骗子"))), Live, T0.AddSeconds(5)));
        Assert.Equal((CueKind.CounterNegative, "托A", ChatRole.SeededMember), (cue.Kind, cue.Target, cue.TargetRole));
        Assert.True(cue.AlertOperator);
        Assert.Equal("回应“这是骗子吧”：放心买", cue.Script);
        Assert.Equal("l1/g1/CounterNegative/m1", cue.Id);
        Assert.Equal(CueReasons.Negative, cue.ReasonText?.Code);
        Assert.Contains("骗子", cue.ReasonText!.Arg("quote"));

        // The same negative on the next tick is not cued again.
        Assert.Empty(engine.Evaluate(Group(Negatives(Q("m1", T0, "这是骗子吧", "骗子"))), Live, T0.AddSeconds(10)));
    }

    [Fact]
    public void Negative_cooldown_is_respected_and_stale_negatives_are_ignored()
    {
        var engine = Only("""{ "kind": "negativeMessage", "cooldownSeconds": 120, "maxAgeSeconds": 60 }""");
        Assert.Single(engine.Evaluate(Group(Negatives(Q("m1", T0, "骗子", "骗子"))), Live, T0));
        Assert.Empty(engine.Evaluate(Group(Negatives(Q("m2", T0.AddSeconds(30), "假货", "假货"))), Live, T0.AddSeconds(30)));
        // m2 fell in the cooldown and is handled; only a new negative after it triggers.
        Assert.Empty(engine.Evaluate(Group(Negatives(Q("m2", T0.AddSeconds(30), "假货", "假货"))), Live, T0.AddSeconds(121)));
        Assert.Empty(engine.Evaluate(Group(Negatives(Q("m3", T0, "骗子", "骗子"))), Live, T0.AddSeconds(125)));
        Assert.Single(engine.Evaluate(Group(Negatives(Q("m4", T0.AddSeconds(124), "退款", "退款"))), Live, T0.AddSeconds(125)));
    }

    [Fact]
    public void Cooldowns_are_per_group()
    {
        var engine = Only("""{ "kind": "negativeMessage" }""");
        Assert.Single(engine.Evaluate(Group(Negatives(Q("m1", T0, "骗子", "骗子"))), Live, T0));
        var other = Group(Negatives(Q("m2", T0, "骗子", "骗子"))) with { GroupId = "g2" };
        Assert.Single(engine.Evaluate(other, Live, T0));
    }

    [Fact]
    public void Unanswered_question_goes_to_the_assistant_after_the_wait()
    {
        var engine = Only("""{ "kind": "unansweredQuestion", "afterSeconds": 60, "cooldownSeconds": 0 }""");
        var mood = Questions(Q("q1", T0, "几点开抢？"), Q("q2", T0.AddSeconds(20), "有赠品吗"));
        Assert.Empty(engine.Evaluate(Group(mood), Live, T0.AddSeconds(59)));

        var cue = Assert.Single(engine.Evaluate(Group(mood), Live, T0.AddSeconds(60)));
        Assert.Equal((CueKind.Answer, "群助理", ChatRole.Assistant, "q1"), (cue.Kind, cue.Target, cue.TargetRole, cue.TriggerId));
        Assert.Contains("几点开抢？", cue.Script);
        var next = Assert.Single(engine.Evaluate(Group(mood), Live, T0.AddSeconds(80)));
        Assert.Equal("q2", next.TriggerId);
        Assert.Empty(engine.Evaluate(Group(mood), Live, T0.AddSeconds(90)));
    }

    [Fact]
    public void Without_an_assistant_a_seeded_member_answers_and_without_anyone_the_operator_is_alerted()
    {
        var engine = Only("""{ "kind": "unansweredQuestion", "afterSeconds": 10 }""");
        var mood = Questions(Q("q1", T0, "几点开抢？"));
        Assert.Equal("托A", engine.Evaluate(Group(mood, assistant: null), Live, T0.AddSeconds(10)).Single().Target);

        var nobody = Group(mood, assistant: null, seeded: []) with { Owner = null, GroupId = "g2" };
        var cue = engine.Evaluate(nobody, Live, T0.AddSeconds(10)).Single();
        Assert.Null(cue.Target);
        Assert.True(cue.AlertOperator);
    }

    [Fact]
    public void Questions_wait_through_a_cooldown_instead_of_being_dropped()
    {
        var engine = Only("""{ "kind": "unansweredQuestion", "afterSeconds": 10, "cooldownSeconds": 60 }""");
        var mood = Questions(Q("q1", T0, "几点开抢？"), Q("q2", T0, "多少钱"));
        Assert.Equal("q1", engine.Evaluate(Group(mood), Live, T0.AddSeconds(10)).Single().TriggerId);
        Assert.Empty(engine.Evaluate(Group(mood), Live, T0.AddSeconds(30)));
        Assert.Equal("q2", engine.Evaluate(Group(mood), Live, T0.AddSeconds(70)).Single().TriggerId);
    }

    [Fact]
    public void Order_milestones_fire_on_the_first_and_every_nth_order()
    {
        var engine = Only("""{ "kind": "orderMilestone", "first": true, "every": 10, "cooldownSeconds": 0, "script": "晒单！{sku}还剩{remaining}件" }""");
        var fired = new List<string>();
        for (var orders = 0; orders <= 25; orders++)
            fired.AddRange(engine.Evaluate(Group(orders: orders), Live, T0.AddSeconds(orders)).Select(c => c.TriggerId));
        Assert.Equal(["orders-1", "orders-10", "orders-20"], fired);
        Assert.Equal("晒单！冷敷凝胶还剩88件", engine.Evaluate(Group(orders: 30), Live, T0.AddMinutes(1)).Single().Script);
    }

    [Fact]
    public void Milestones_crossed_during_a_cooldown_collapse_into_one_cue()
    {
        var engine = Only("""{ "kind": "orderMilestone", "every": 10, "cooldownSeconds": 300 }""");
        Assert.Single(engine.Evaluate(Group(orders: 1), Live, T0));
        Assert.Empty(engine.Evaluate(Group(orders: 10), Live, T0.AddMinutes(1)));
        Assert.Empty(engine.Evaluate(Group(orders: 20), Live, T0.AddMinutes(2)));
        Assert.Equal("orders-23", engine.Evaluate(Group(orders: 23), Live, T0.AddMinutes(5)).Single().TriggerId);
        Assert.Empty(engine.Evaluate(Group(orders: 23), Live, T0.AddMinutes(11)));
    }

    [Fact]
    public void Signup_stall_fires_only_while_live_and_the_launch_is_moving()
    {
        var engine = Only("""{ "kind": "signupStall", "stallMinutes": 3, "minLaunchPerMinute": 5, "cooldownSeconds": 300 }""");
        var stalled = Group(lastSignup: T0.AddMinutes(1));
        Assert.Empty(engine.Evaluate(stalled, Live, T0.AddMinutes(3.9)));
        Assert.Empty(engine.Evaluate(stalled, Live with { Phase = LaunchPhase.Countdown }, T0.AddMinutes(5)));
        Assert.Empty(engine.Evaluate(stalled, Live with { SignupsPerMinute = 1, OrdersPerMinute = 1 }, T0.AddMinutes(5)));

        var cue = Assert.Single(engine.Evaluate(stalled, Live, T0.AddMinutes(5)));
        Assert.Equal((CueKind.LeadChat, "托A"), (cue.Kind, cue.Target));
        Assert.Contains("冷敷凝胶", cue.Script);
        Assert.Empty(engine.Evaluate(stalled, Live, T0.AddMinutes(9)));
        Assert.Equal("托B", engine.Evaluate(stalled, Live, T0.AddMinutes(10)).Single().Target);
    }

    [Fact]
    public void A_group_without_any_entry_stalls_from_t0()
    {
        var engine = Only("""{ "kind": "signupStall", "stallMinutes": 3 }""");
        Assert.Empty(engine.Evaluate(Group(), Live, T0.AddMinutes(2)));
        Assert.Single(engine.Evaluate(Group(), Live, T0.AddMinutes(3)));
    }

    [Fact]
    public void Quiet_group_is_measured_against_its_own_baseline()
    {
        var engine = Only("""{ "kind": "quietGroup", "ratio": 0.3, "minBaselinePerMinute": 2, "cooldownSeconds": 600 }""");
        MoodSnapshot Rate(double now, double? baseline) => new() { MessagesPerMinute = now, BaselineMessagesPerMinute = baseline };
        Assert.Empty(engine.Evaluate(Group(Rate(0, null)), Live, T0));
        Assert.Empty(engine.Evaluate(Group(Rate(0, 1)), Live, T0));
        Assert.Empty(engine.Evaluate(Group(Rate(4, 10)), Live, T0));
        var cue = Assert.Single(engine.Evaluate(Group(Rate(2, 10)), Live, T0));
        Assert.Equal(CueKind.Topic, cue.Kind);
        Assert.Empty(engine.Evaluate(Group(Rate(0, 10)), Live, T0.AddMinutes(9)));
        Assert.Single(engine.Evaluate(Group(Rate(0, 10)), Live, T0.AddMinutes(10)));
    }

    [Fact]
    public void Seeded_members_take_turns()
    {
        var engine = Only("""{ "kind": "negativeMessage", "cooldownSeconds": 0 }""");
        var targets = new List<string?>();
        for (var i = 0; i < 6; i++)
            targets.AddRange(engine.Evaluate(Group(Negatives(Q($"m{i}", T0.AddMinutes(i), "骗子", "骗子"))), Live, T0.AddMinutes(i)).Select(c => c.Target));
        Assert.Equal(["托A", "托B", "托C", "托A", "托B", "托C"], targets);
    }

    [Fact]
    public void Several_rules_in_one_tick_go_to_different_members()
    {
        var engine = Engine();
        var group = Group(Negatives(Q("m1", T0.AddMinutes(5), "骗子", "骗子")), orders: 1, lastSignup: T0);
        var cues = engine.Evaluate(group, Live, T0.AddMinutes(5));
        Assert.Equal([CueKind.CounterNegative, CueKind.ShareOrder, CueKind.LeadChat], cues.Select(c => c.Kind));
        Assert.Equal(["托A", "托B", "托C"], cues.Select(c => c.Target));
    }

    [Fact]
    public void Nothing_is_issued_before_or_after_the_launch()
    {
        var engine = Engine();
        var group = Group(Negatives(Q("m1", T0, "骗子", "骗子")), orders: 1);
        Assert.Empty(engine.Evaluate(group, Live with { Phase = LaunchPhase.Draft }, T0));
        Assert.Empty(engine.Evaluate(group, Live with { Phase = LaunchPhase.Ended }, T0));
    }

    [Fact]
    public void The_state_can_be_handed_to_a_new_engine()
    {
        var engine = Only("""{ "kind": "orderMilestone", "every": 10 }""");
        Assert.Single(engine.Evaluate(Group(orders: 1), Live, T0));
        var restored = new CueEngine(engine.Rules, engine.State);
        Assert.Empty(restored.Evaluate(Group(orders: 2), Live, T0.AddMinutes(10)));
    }
}
