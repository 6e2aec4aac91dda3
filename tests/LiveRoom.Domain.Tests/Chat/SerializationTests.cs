using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace LiveRoom.Domain.Tests.Chat;

/// <summary>Grains keep these in state and pass them across boundaries: they must survive the Orleans serializer.</summary>
public class SerializationTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private readonly Serializer _serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    private T RoundTrip<T>(T value) => _serializer.Deserialize<T>(_serializer.SerializeToArray(value))!;

    [Fact]
    public void Group_chat_state_round_trips()
    {
        var analyzer = new MoodAnalyzer();
        var chat = new GroupChat();
        chat.Receive("m1", T0, "李姐", ChatRole.Member, "#接龙\n冷敷凝胶\n1. 李姐 2盒\n2. 🌸小雨", analyzer);
        chat.Receive("m2", T0.AddSeconds(5), "路人", ChatRole.Member, "骗子吧？", analyzer);

        var copy = RoundTrip(chat);
        Assert.Equal(2, copy.Chains.Signups);
        Assert.Equal("🌸小雨", copy.Chains.Latest!.Entries[1].Name);
        Assert.Equal(ChainOutcome.Duplicate, copy.Chains.Apply("m1", T0, ChainParser.Parse("#接龙\n冷敷凝胶\n1. 李姐")!).Outcome);
        var mood = copy.Mood.Snapshot(T0.AddSeconds(10));
        Assert.Equal((1, 1), (mood.Negatives, mood.UnansweredQuestions));
    }

    [Fact]
    public void A_loaded_mood_counts_its_negatives_again()
    {
        var analyzer = new MoodAnalyzer();
        var chat = new GroupChat(new MoodOptions { SpikeCount = 1_000 }); // the level by share, no spike
        for (var i = 0; i < 4; i++) chat.Receive($"m{i}", T0.AddSeconds(i), "路人", ChatRole.Member, i == 0 ? "冲冲冲" : "骗子", analyzer);
        Assert.Equal(MoodLevel.Negative, chat.Mood.LevelNow());

        // The running count is not stored: the copy recounts it from the stored window.
        var copy = RoundTrip(chat);
        Assert.Equal(MoodLevel.Negative, copy.Mood.LevelNow());
        for (var i = 4; i < 40; i++) copy.Receive($"m{i}", T0.AddSeconds(i), "路人", ChatRole.Member, "冲冲冲", analyzer);
        Assert.Equal(copy.Mood.Snapshot(T0.AddSeconds(40)).Level, copy.Mood.LevelNow());
        Assert.Equal(MoodLevel.Calm, copy.Mood.LevelNow());
    }

    [Fact]
    public void Cue_engine_state_and_cues_round_trip()
    {
        var state = new Dictionary<string, GroupCueState> { ["g1"] = new() { NextSeeded = 2, LastMilestoneOrders = 10 } };
        state["g1"].LastIssued[CueRuleKind.QuietGroup] = T0;
        state["g1"].MarkHandled("m1");
        var copy = RoundTrip(state);
        Assert.Equal((2, 10, T0, true), (copy["g1"].NextSeeded, copy["g1"].LastMilestoneOrders, copy["g1"].LastIssued[CueRuleKind.QuietGroup], copy["g1"].IsHandled("m1")));

        var cue = new Cue
        {
            Id = "l1/g1/Answer/q1", Kind = CueKind.Answer, Rule = CueRuleKind.UnansweredQuestion, LaunchId = "l1", GroupId = "g1",
            Target = "群助理", TargetRole = ChatRole.Assistant, Script = "看到有朋友问", Reason = "问题", TriggerId = "q1", IssuedAt = T0,
        };
        Assert.Equal(cue, RoundTrip(cue));
    }

    /// <summary>
    /// Cues serialized before the role enums were merged (CueTargetRole: SeededMember=0, Assistant=1,
    /// Owner=2), captured from that code: a target to 群主 (Owner) and one to 托A (SeededMember).
    /// </summary>
    [Theory]
    [InlineData("IOhAH2wxL2cxL0Fuc3dlci9xMQkDDcEBQQVsMUEFZzFBDee+pOS4uwkDCUEDc0EBQQVxMQEBIYAAoBTMtEvfCIEAAAAAAAAAAODBAeA=", "IOhAH2wxL2cxL0Fuc3dlci9xMQkDDcEBQQVsMUEFZzFBDee+pOS4uwEJQQNzQQFBBXExAQEhgACgFMy0S98IgQAAAAAAAAAA4MEB4A==", "群主", ChatRole.Owner)]
    [InlineData("IOhAH2wxL2cxL0Fuc3dlci9xMQkDDcEBQQVsMUEFZzFBCeaJmEEJAwFBA3NBAUEFcTEBASGAAKAUzLRL3wiBAAAAAAAAAADgwQHg", "IOhAH2wxL2cxL0Fuc3dlci9xMQkDDcEBQQVsMUEFZzFBCeaJmEEBAUEDc0EBQQVxMQEBIYAAoBTMtEvfCIEAAAAAAAAAAODBAeA=", "托A", ChatRole.SeededMember)]
    public void A_cue_stored_with_the_old_target_role_numbers_reads_the_same_role(string stored, string written, string target, ChatRole role)
    {
        var cue = _serializer.Deserialize<Cue>(Convert.FromBase64String(stored))!;
        Assert.Equal((target, role), (cue.Target, cue.TargetRole));
        // Written back, the role keeps its old number (without the old enum's type marker); these
        // bytes were checked to read back with the old code, so a rollback still reads new cues.
        Assert.Equal(written, Convert.ToBase64String(_serializer.SerializeToArray(cue)));
    }

    [Theory]
    [InlineData(ChatRole.SeededMember)]
    [InlineData(ChatRole.Assistant)]
    [InlineData(ChatRole.Owner)]
    [InlineData(null)]
    public void A_cue_target_role_round_trips(ChatRole? role)
    {
        var cue = new Cue { Id = "l1/g1/Answer/q1", Kind = CueKind.Answer, LaunchId = "l1", GroupId = "g1", Target = role is null ? null : "x", TargetRole = role, Script = "s", TriggerId = "q1" };
        Assert.Equal(role, RoundTrip(cue).TargetRole);
    }
}
