using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Tests.Groups;

/// <summary>The group page's latest joins and leaves, and the presence of the group's own people.</summary>
public sealed class MemberFeedTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Changes_are_newest_first_by_their_own_time_and_bounded()
    {
        var feed = new MemberFeed();
        for (var i = 0; i < MemberFeed.Capacity + 20; i++) feed.Record($"m{i}", T0.AddSeconds(i), joined: true, own: false);
        feed.Record("late", T0.AddSeconds(-5), joined: false, own: false); // older than all kept: dropped

        Assert.Equal(MemberFeed.Capacity, feed.Changes.Count);
        Assert.Equal($"m{MemberFeed.Capacity + 19}", feed.Changes[0].MemberId);
        Assert.DoesNotContain(feed.Changes, c => c.MemberId == "late");
        Assert.Null(feed.IsPresent("m3")); // presence is tracked for the group's own people only
    }

    [Fact]
    public void The_newest_word_on_a_member_wins_whatever_order_it_arrives_in()
    {
        var feed = new MemberFeed();
        feed.Record("托A", T0.AddSeconds(30), joined: false, own: true);
        feed.Record("托A", T0.AddSeconds(10), joined: true, own: true);
        Assert.False(feed.IsPresent("托A"));

        feed.Resync(["托A", "托B"], new HashSet<string> { "托A" }, T0.AddSeconds(20)); // older than the leave
        Assert.False(feed.IsPresent("托A"));
        Assert.False(feed.IsPresent("托B"));

        feed.Resync(["托A", "托B"], new HashSet<string> { "托A", "托B" }, T0.AddSeconds(40));
        Assert.True(feed.IsPresent("托A"));
        Assert.True(feed.IsPresent("托B"));
        Assert.Null(feed.IsPresent("群主"));
    }
}
