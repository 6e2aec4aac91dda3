using LiveRoom.Domain.Timeline;
using LiveRoom.Web.Timeline;

namespace LiveRoom.Web.Tests.Timeline;

public sealed class TimelineViewTests
{
    private static TimelineSlice Page(long from, int count, long total, Func<long, TimelineEntry>? make = null) => new(
        Enumerable.Range(0, count).Select(i => (make ?? Entry)(from + i)).ToList(), from + count, total);

    private static TimelineEntry Entry(long seq) => new()
    {
        Sequence = seq,
        Kind = seq % 2 == 0 ? TimelineKind.OperatorAction : TimelineKind.Cue,
        Actor = seq % 3 == 0 ? "alice" : "bob",
        GroupIds = seq % 5 == 0 ? ["g5"] : [],
    };

    [Fact]
    public void Newest_first_filtered_by_kind_actor_and_group()
    {
        var view = new TimelineView();
        Assert.True(view.Add(Page(0, 30, 30)));
        Assert.Equal(30, view.Next);

        Assert.Equal(29, view.Filtered()[0].Sequence);
        view.Kind = TimelineKind.OperatorAction;
        view.Actor = "alice";
        Assert.Equal([24, 18, 12, 6, 0], view.Filtered().Select(e => e.Sequence));
        view.Group = "g5";
        Assert.Equal([0], view.Filtered().Select(e => e.Sequence));
        Assert.Equal(["alice", "bob"], view.Actors);
    }

    [Fact]
    public void Keeps_only_the_newest_entries_and_shows_a_bounded_list()
    {
        var view = new TimelineView();
        view.Add(Page(0, TimelineView.Capacity, TimelineView.Capacity + 10));
        view.Add(Page(TimelineView.Capacity, 10, TimelineView.Capacity + 10));
        Assert.False(view.Add(Page(TimelineView.Capacity + 10, 0, TimelineView.Capacity + 10)));

        var shown = view.Filtered();
        Assert.Equal(TimelineView.Shown, shown.Count);
        Assert.Equal(TimelineView.Capacity + 9, shown[0].Sequence);
        view.Kind = TimelineKind.OperatorAction;
        view.Actor = "alice";
        view.Group = "g5";
        // Sequence 0 (alice, g5, operator) fell out of the window of the newest 5,000.
        Assert.DoesNotContain(view.Filtered(), e => e.Sequence < 10);
    }
}
