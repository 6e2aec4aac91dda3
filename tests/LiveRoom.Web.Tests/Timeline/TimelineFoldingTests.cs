using LiveRoom.Domain.Timeline;
using LiveRoom.Web.Timeline;

namespace LiveRoom.Web.Tests.Timeline;

public sealed class TimelineFoldingTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static TimelineEntry E(long seq, TimelineKind kind, string action, int minute, params string[] groups) =>
        new() { Sequence = seq, At = T0.AddMinutes(minute), Kind = kind, Action = action, GroupIds = groups };

    private static TimelineEntry Cue(long seq, string action, string kind, int second, string group) =>
        new() { Sequence = seq, At = T0.AddSeconds(second), Kind = TimelineKind.Cue, Action = action, GroupIds = [group], Args = new Dictionary<string, string> { ["kind"] = kind } };

    [Fact]
    public void Alike_alerts_within_the_window_fold_into_the_newest_row_and_deliveries_are_hidden_by_default()
    {
        var view = new TimelineView();
        view.Add(new TimelineSlice([
            E(0, TimelineKind.Alert, "group.silent", 0, "g1"),
            E(1, TimelineKind.Alert, "group.silent", 3, "g1"),
            E(2, TimelineKind.Delivery, "announcement.delivered", 4, "g1"),
            E(3, TimelineKind.Cue, "cue.issued", 5, "g1"),
            E(4, TimelineKind.Alert, "group.silent", 7, "g1"),
            E(5, TimelineKind.Alert, "group.silent", 7, "g2"),
            E(6, TimelineKind.Alert, "group.silent", 20, "g1"),
        ], 7, 7));

        var rows = view.Rows();
        Assert.Equal([6L, 5, 4, 3], rows.Select(r => r.Entry.Sequence));
        Assert.Equal([1, 1, 3, 1], rows.Select(r => r.Count));
        Assert.Equal(T0, rows[2].OldestAt);
        Assert.Equal(1, view.HiddenReceipts);

        view.ShowReceipts = true;
        Assert.Contains(view.Rows(), r => r.Entry.Kind == TimelineKind.Delivery);
        view.ShowReceipts = false;
        view.Kind = TimelineKind.Delivery;
        Assert.Equal([2L], view.Rows().Select(r => r.Entry.Sequence));
    }

    [Fact]
    public void A_burst_of_cues_of_one_kind_is_one_row_and_members_acknowledgements_are_receipts()
    {
        var view = new TimelineView();
        view.Add(new TimelineSlice([
            Cue(0, "cue.issued", "ShareOrder", 0, "g1"),
            Cue(1, "cue.issued", "ShareOrder", 1, "g2"),
            Cue(2, "cue.issued", "AnswerQuestion", 1, "g3"),
            Cue(3, "cue.acknowledged", "ShareOrder", 2, "g1"),
            Cue(4, "cue.done", "ShareOrder", 3, "g1"),
            Cue(5, "cue.issued", "ShareOrder", 4, "g4"),
        ], 6, 6));

        var rows = view.Rows();
        Assert.Equal([5L, 2], rows.Select(r => r.Entry.Sequence));
        Assert.Equal([3, 1], rows.Select(r => r.Count));
        Assert.Equal(2, view.HiddenReceipts);

        view.Kind = TimelineKind.Cue;
        Assert.Contains(view.Rows(), r => r.Entry.Action == "cue.acknowledged");
    }
}
