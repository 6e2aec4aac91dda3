using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Tests.Cues;

public class MemberSignalsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Early_joins_are_ordered_by_join_time_even_when_callbacks_arrive_late()
    {
        var roll = new MemberRoll();
        for (var i = 0; i < 6; i++) roll.Joined(T0.AddSeconds(10 + i), $"m{i}");
        Assert.Empty(roll.EarlySeeded(["托A"], 5));
        roll.Joined(T0, "托A"); // its callback came last, but it joined first
        Assert.Equal(["托A"], roll.EarlySeeded(["托A"], 5));
        Assert.Empty(roll.EarlySeeded(["m5"], 5));
    }

    [Fact]
    public void The_resync_mismatch_is_the_list_against_the_callbacks_and_older_lists_are_ignored()
    {
        var roll = new MemberRoll();
        Assert.Null(roll.Mismatch);
        Assert.True(roll.Resync(98, T0, 100));
        Assert.Equal(-2, roll.Mismatch);
        Assert.False(roll.Resync(100, T0.AddSeconds(-1), 100));
        Assert.Equal(-2, roll.Mismatch);
    }

    [Fact]
    public void The_chat_feed_keeps_the_newest_messages_newest_first()
    {
        var feed = new ChatFeed();
        for (var i = 0; i < 5; i++) feed.Add(new ChatLine($"c{i}", T0.AddSeconds(i), "m", new string('x', 300), false, false, false), 3);
        feed.Add(new ChatLine("late", T0.AddSeconds(-10), "m", "old", false, false, false), 3);
        Assert.Equal(["c4", "c3", "c2"], feed.Lines.Select(l => l.MessageId));
        Assert.Equal(ChatFeed.MaxText + 1, feed.Lines[0].Text.Length);
    }

    [Fact]
    public void Member_tokens_are_128_bit_base64url_and_only_their_hash_is_kept()
    {
        var a = MemberTokens.New();
        Assert.True(MemberTokens.IsWellFormed(a));
        Assert.NotEqual(a, MemberTokens.New());
        Assert.Equal(64, MemberTokens.Hash(a).Length);
        Assert.False(MemberTokens.IsWellFormed("../../etc/passwd"));
    }
}
