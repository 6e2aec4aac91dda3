using LiveRoom.Domain.Announcements;

namespace LiveRoom.Domain.Tests.Announcements;

public class AnnouncementPlannerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = T0.AddHours(1);

    private static ScheduleEntry At(string id, double minutes, double? every = null) => new()
    {
        Id = id, Offset = TimeSpan.FromMinutes(minutes), Template = "还有{t_minus}",
        RepeatEvery = every is { } e ? TimeSpan.FromMinutes(e) : null,
    };

    private static AnnouncementPlan Plan(params ScheduleEntry[] entries) => new() { Entries = entries, LateWindow = TimeSpan.FromMinutes(2) };

    private static readonly Dictionary<string, int> Nothing = [];

    [Fact]
    public void Nothing_is_due_before_its_time_and_the_next_time_is_given()
    {
        var d = AnnouncementPlanner.Decide(Plan(At("t10", -10), At("t1", -1)), T0, End, T0.AddMinutes(-11), Nothing, true);
        Assert.Empty(d.Due);
        Assert.Equal(T0.AddMinutes(-10), d.NextAt);
    }

    [Fact]
    public void An_entry_is_due_once_at_its_time_and_never_again()
    {
        var plan = Plan(At("t10", -10), At("t1", -1));
        var d = AnnouncementPlanner.Decide(plan, T0, End, T0.AddMinutes(-10), Nothing, true);
        var due = Assert.Single(d.Due);
        Assert.Equal(("t10", false), (due.EntryId, due.Late));
        Assert.Equal(T0.AddMinutes(-1), d.NextAt);

        var again = AnnouncementPlanner.Decide(plan, T0, End, T0.AddMinutes(-9), d.Done, true);
        Assert.Empty(again.Due);
    }

    [Fact]
    public void Moving_t0_replans_pending_entries_but_not_sent_ones()
    {
        var plan = Plan(At("t10", -10), At("t1", -1));
        var sent = AnnouncementPlanner.Decide(plan, T0, End, T0.AddMinutes(-10), Nothing, true).Done;
        var later = T0.AddMinutes(30);

        var d = AnnouncementPlanner.Decide(plan, later, End.AddMinutes(30), T0.AddMinutes(-1), sent, true);
        Assert.Empty(d.Due);
        Assert.Equal(later.AddMinutes(-1), d.NextAt);
    }

    [Fact]
    public void Missed_within_the_late_window_is_sent_marked_late_beyond_it_is_skipped()
    {
        var plan = Plan(At("t10", -10), At("t1", -1));
        var d = AnnouncementPlanner.Decide(plan, T0, End, T0.AddSeconds(-30), Nothing, true);

        var late = Assert.Single(d.Due);
        Assert.Equal(("t1", true), (late.EntryId, late.Late));
        var skipped = Assert.Single(d.Skipped);
        Assert.Equal("t10", skipped.EntryId);
        Assert.Equal(1, d.Done["t10"]);
    }

    [Fact]
    public void A_few_seconds_of_timer_lag_is_still_on_time()
    {
        var d = AnnouncementPlanner.Decide(Plan(At("t0", 0)), T0, End, T0.AddSeconds(3), Nothing, true);
        Assert.False(Assert.Single(d.Due).Late);
    }

    [Fact]
    public void A_repeating_entry_fires_every_n_minutes_while_stock_remains()
    {
        var plan = Plan(At("left", 0, every: 2));
        var done = new Dictionary<string, int>();
        var fired = new List<int>();
        for (var s = 0; s <= 7 * 60; s += 10)
        {
            var d = AnnouncementPlanner.Decide(plan, T0, End, T0.AddSeconds(s), done, stockRemains: true);
            fired.AddRange(d.Due.Select(o => o.Index));
            done = d.Done.ToDictionary();
        }
        Assert.Equal([0, 1, 2, 3], fired);

        var soldOut = AnnouncementPlanner.Decide(plan, T0, End, T0.AddMinutes(8), done, stockRemains: false);
        Assert.Empty(soldOut.Due);
        Assert.Null(soldOut.NextAt);
    }

    [Fact]
    public void After_a_long_outage_only_the_newest_repeat_is_sent_the_older_are_skipped()
    {
        var d = AnnouncementPlanner.Decide(Plan(At("left", 0, every: 2)), T0, End, T0.AddMinutes(9), Nothing, true);
        var due = Assert.Single(d.Due);
        Assert.Equal(4, due.Index);
        Assert.True(due.Late);
        Assert.Equal([0, 1, 2, 3], d.Skipped.Select(s => s.Index));
        Assert.Equal(T0.AddMinutes(10), d.NextAt);
    }

    [Fact]
    public void Repeats_stop_at_the_end_of_the_launch()
    {
        var d = AnnouncementPlanner.Decide(Plan(At("left", 0, every: 20)), T0, End, End.AddMinutes(1), new Dictionary<string, int> { ["left"] = 3 }, true);
        Assert.Empty(d.Due);
        Assert.Null(d.NextAt);
    }

    [Fact]
    public void Cancelled_entries_are_never_due()
    {
        var d = AnnouncementPlanner.Decide(Plan(At("t0", 0) with { Cancelled = true }), T0, End, T0, Nothing, true);
        Assert.Empty(d.Due);
        Assert.Null(d.NextAt);
    }
}
