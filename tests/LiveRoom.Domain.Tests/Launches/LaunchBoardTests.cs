using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Tests.Support;
using static LiveRoom.Domain.Tests.Support.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Tests.Launches;

public class LaunchBoardTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly long M0 = LiveRoom.Domain.Ingestion.UnixMinute.Of(T0);

    private readonly ManualClock _clock = new(T0.AddHours(-1)); // Warmup: nobody is watched for silence
    private readonly LaunchBoard _board;
    private readonly LaunchDefinition _launch = Definition(T0, Sku("a", stock: 10, low: 2), Sku("b", stock: 100, low: 5));
    private readonly Dictionary<string, GroupRegistration> _groups = new()
    {
        ["g1"] = Group("g1", members: 100),
        ["g2"] = Group("g2", members: 50),
        ["g3"] = Group("g3", members: 10),
    };

    public LaunchBoardTests() => _board = new LaunchBoard(new LaunchBoardState(), _clock);

    private static GroupReport Report(string group, long version, Action<GroupStatsBuilder>? stats = null, SeriesPoint[]? series = null, VisitorSeen[]? visitors = null, string? alert = null)
    {
        var b = new GroupStatsBuilder { Version = version };
        stats?.Invoke(b);
        return new GroupReport(group, b.Build(), series ?? [], visitors ?? [], alert);
    }

    /// <summary>Drains the first update (setup/phase) so a test starts from "nothing changed".</summary>
    private void Settle()
    {
        _board.NextUpdate(_launch, _groups, setupChanged: true);
        Assert.Null(_board.NextUpdate(_launch, _groups, setupChanged: false));
    }

    [Fact]
    public void First_update_is_sent_and_then_nothing_until_something_changes()
    {
        var first = _board.NextUpdate(_launch, _groups, setupChanged: true);
        Assert.NotNull(first);
        Assert.Equal(1, first.Seq);
        Assert.NotNull(first.Launch);
        Assert.Equal(3, first.Launch.GroupCount);
        Assert.Equal(LaunchPhase.Warmup, first.Phase);

        Assert.Null(_board.NextUpdate(_launch, _groups, setupChanged: false));
        Assert.Null(_board.NextUpdate(_launch, _groups, setupChanged: false));
        Assert.False(_board.HasChanges);
    }

    [Fact]
    public void Update_carries_only_the_groups_that_changed_and_seq_increases()
    {
        Settle();
        _board.Apply(Report("g2", 1, s => s.Orders = 2));
        var update = _board.NextUpdate(_launch, _groups, false);

        Assert.NotNull(update);
        Assert.Equal(2, update.Seq);
        Assert.Null(update.Launch);
        var row = Assert.Single(update.Groups);
        Assert.Equal("g2", row.Id);
        Assert.Equal(2, row.Orders);

        _board.Apply(Report("g1", 1, s => s.Orders = 1));
        var next = _board.NextUpdate(_launch, _groups, false);
        Assert.Equal(3, next!.Seq);
        Assert.Equal("g1", Assert.Single(next.Groups).Id);
    }

    [Fact]
    public void Stale_report_version_does_not_overwrite_stats()
    {
        _board.Apply(Report("g1", 5, s => { s.Orders = 7; s.Sold["a"] = 7; }));
        _board.Apply(Report("g1", 4, s => { s.Orders = 3; s.Sold["a"] = 3; }));
        _board.Apply(Report("g1", 5, s => { s.Orders = 1; s.Sold["a"] = 1; })); // same version: not newer

        var snapshot = _board.Snapshot(_launch, _groups);
        Assert.Equal(7, snapshot.Totals.Orders);
        Assert.Equal(7, snapshot.Skus.Single(k => k.SkuId == "a").Sold);
        Assert.Equal(7, snapshot.Groups.Single(g => g.Id == "g1").Orders);
    }

    [Fact]
    public void Stale_report_alone_does_not_mark_its_group_changed()
    {
        _board.Apply(Report("g1", 5, s => s.Orders = 7));
        Settle();
        _board.Apply(Report("g1", 4, s => s.Orders = 3));
        var update = _board.NextUpdate(_launch, _groups, false);
        Assert.Empty(update?.Groups ?? []);
    }

    [Fact]
    public void Totals_sum_groups_and_inventory_sums_groups_sold()
    {
        _board.Apply(Report("g1", 1, s => { s.Orders = 2; s.Gmv = 200m; s.PageViews = 30; s.Members = 101; s.Joins = 1; s.Sold["a"] = 3; s.LastActivityAt = T0; }));
        _board.Apply(Report("g2", 1, s => { s.Orders = 1; s.Gmv = 99m; s.PageViews = 5; s.Members = 49; s.Leaves = 1; s.Sold["a"] = 1; s.Sold["b"] = 4; }));
        _board.Apply(Report("g1", 2, s => { s.Orders = 3; s.Gmv = 300m; s.PageViews = 31; s.Members = 101; s.Joins = 1; s.Sold["a"] = 4; s.LastActivityAt = T0; }));

        var snapshot = _board.Snapshot(_launch, _groups);
        Assert.Equal(4, snapshot.Totals.Orders);
        Assert.Equal(399m, snapshot.Totals.Gmv);
        Assert.Equal(36, snapshot.Totals.PageViews);
        Assert.Equal(101 + 49 + 10, snapshot.Totals.Members); // g3 has not reported but has members
        Assert.Equal(1, snapshot.Totals.Joins);
        Assert.Equal(1, snapshot.Totals.Leaves);
        Assert.Equal(1, snapshot.Totals.ActiveGroups);
        Assert.Equal(100, snapshot.Totals.OrdersTarget);
        Assert.Equal(5, snapshot.Skus.Single(k => k.SkuId == "a").Sold);
        Assert.Equal(5, snapshot.Skus.Single(k => k.SkuId == "a").Remaining);
        Assert.Equal(4, snapshot.Skus.Single(k => k.SkuId == "b").Sold);
        // A group with no report yet shows its registered member count.
        Assert.Equal(10, snapshot.Groups.Single(g => g.Id == "g3").Members);
    }

    [Fact]
    public void Total_members_include_groups_that_have_not_reported_yet()
    {
        _board.Apply(Report("g1", 1, s => { s.Members = 101; s.Joins = 1; }));
        var snapshot = _board.Snapshot(_launch, _groups);
        Assert.Equal(101 + 50 + 10, snapshot.Totals.Members);
        Assert.Equal(snapshot.Groups.Sum(g => g.Members), snapshot.Totals.Members);
    }

    [Fact]
    public void Members_follow_the_current_registration_plus_joins_minus_leaves()
    {
        // The group grain computed 101 from the member count it knew (100); the operator then corrected it to 300.
        _board.Apply(Report("g1", 1, s => { s.Members = 101; s.Joins = 3; s.Leaves = 2; }));
        _groups["g1"] = Group("g1", members: 300);

        var snapshot = _board.Snapshot(_launch, _groups);
        Assert.Equal(301, snapshot.Groups.Single(g => g.Id == "g1").Members);
        Assert.Equal(301 + 50 + 10, snapshot.Totals.Members);
    }

    [Fact]
    public void Members_never_go_negative()
    {
        _board.Apply(Report("g3", 1, s => s.Leaves = 15));
        var snapshot = _board.Snapshot(_launch, _groups);
        Assert.Equal(0, snapshot.Groups.Single(g => g.Id == "g3").Members);
        Assert.Equal(150, snapshot.Totals.Members);
    }

    [Fact]
    public void Launch_uv_counts_a_visitor_seen_in_several_groups_once()
    {
        _board.Apply(Report("g1", 1, s => s.UniqueVisitors = 2, visitors: [new(1, M0), new(2, M0)],
            series: [new SeriesPoint(M0, new MinuteBucket { PageViews = 2, UniqueVisitors = 2 })]));
        _board.Apply(Report("g2", 1, s => s.UniqueVisitors = 2, visitors: [new(2, M0 + 1), new(3, M0 + 1)],
            series: [new SeriesPoint(M0 + 1, new MinuteBucket { PageViews = 2, UniqueVisitors = 2 })]));

        var snapshot = _board.Snapshot(_launch, _groups);
        Assert.Equal(3, snapshot.Totals.UniqueVisitors);
        // Group UVs are their own and add up to more than the launch's.
        Assert.Equal(2, snapshot.Groups.Single(g => g.Id == "g1").UniqueVisitors);
        Assert.Equal(2, snapshot.Groups.Single(g => g.Id == "g2").UniqueVisitors);
        // The launch series counts each visitor in the minute it was first seen by the launch.
        Assert.Equal(2, snapshot.Series.Single(p => p.Minute == M0).Counts.UniqueVisitors);
        Assert.Equal(1, snapshot.Series.Single(p => p.Minute == M0 + 1).Counts.UniqueVisitors);
        Assert.Equal(4, snapshot.Series.Sum(p => p.Counts.PageViews));
    }

    [Fact]
    public void Series_deltas_add_up_and_late_minutes_travel_in_the_next_update()
    {
        Settle();
        _board.Apply(Report("g1", 1, series: [new SeriesPoint(M0, new MinuteBucket { Orders = 1, Gmv = 10m })]));
        _board.Apply(Report("g2", 1, series: [new SeriesPoint(M0, new MinuteBucket { Orders = 1, Gmv = 5m })]));
        var first = _board.NextUpdate(_launch, _groups, false)!;
        var point = Assert.Single(first.Series);
        Assert.Equal(2, point.Counts.Orders);
        Assert.Equal(15m, point.Counts.Gmv);

        _board.Apply(Report("g1", 2, series: [new SeriesPoint(M0 - 10, new MinuteBucket { Messages = 1 })]));
        var late = _board.NextUpdate(_launch, _groups, false)!;
        Assert.Equal(M0 - 10, Assert.Single(late.Series).Minute);
    }

    [Fact]
    public void Restock_is_idempotent_and_changes_the_board()
    {
        Settle();
        Assert.True(_board.Restock(Events.Restock("r1", "a", 5, T0)));
        var update = _board.NextUpdate(_launch, _groups, false);
        Assert.Equal(15, update!.Skus.Single(k => k.SkuId == "a").Stock);

        Assert.False(_board.Restock(Events.Restock("r1", "a", 5, T0)));
        Assert.Null(_board.NextUpdate(_launch, _groups, false));
        Assert.Equal(15, _board.Snapshot(_launch, _groups).Skus.Single(k => k.SkuId == "a").Stock);
    }

    [Fact]
    public void Oversold_shows_zero_remaining_and_a_flag()
    {
        _board.Apply(Report("g1", 1, s => s.Sold["a"] = 8));
        _board.Apply(Report("g2", 1, s => s.Sold["a"] = 4));
        var a = _board.Snapshot(_launch, _groups).Skus.Single(k => k.SkuId == "a");
        Assert.Equal(0, a.Remaining);
        Assert.True(a.Oversold);
        Assert.Equal(12, a.Sold);
    }

    [Fact]
    public void Phase_change_alone_triggers_an_update()
    {
        _clock.Now = T0.AddMinutes(-11);
        Settle();
        Assert.Null(_board.NextUpdate(_launch, _groups, false));

        _clock.Now = T0.AddMinutes(-10); // countdown starts
        var update = _board.NextUpdate(_launch, _groups, false);
        Assert.NotNull(update);
        Assert.Equal(LaunchPhase.Countdown, update.Phase);
    }

    [Fact]
    public void Groups_without_activity_turn_silent_in_live_and_recover_on_activity()
    {
        _board.Apply(Report("g1", 1, s => s.LastActivityAt = T0.AddMinutes(1)));
        _clock.Now = T0.AddMinutes(2);
        Settle();

        var snapshot = _board.Snapshot(_launch, _groups);
        Assert.Equal(LaunchPhase.Live, snapshot.Phase);
        Assert.False(snapshot.Groups.Single(g => g.Id == "g1").Silent);
        Assert.True(snapshot.Groups.Single(g => g.Id == "g2").Silent);
        Assert.True(snapshot.Groups.Single(g => g.Id == "g3").Silent);

        // Five minutes after its last activity g1 goes silent too, and only g1 travels.
        _clock.Now = T0.AddMinutes(1) + LaunchBoard.SilenceWindow + TimeSpan.FromSeconds(1);
        var update = _board.NextUpdate(_launch, _groups, false);
        var row = Assert.Single(update!.Groups);
        Assert.Equal("g1", row.Id);
        Assert.True(row.Silent);

        _board.Apply(Report("g2", 1, s => s.LastActivityAt = _clock.Now));
        var recovered = _board.NextUpdate(_launch, _groups, false);
        var g2 = Assert.Single(recovered!.Groups);
        Assert.Equal("g2", g2.Id);
        Assert.False(g2.Silent);
    }

    [Fact]
    public void The_unattributed_row_never_turns_silent()
    {
        _groups[LiveRoom.Domain.Sources.Unattributed.GroupId] = Group(LiveRoom.Domain.Sources.Unattributed.GroupId);
        _clock.Now = T0.AddMinutes(30);
        Settle();

        var snapshot = _board.Snapshot(_launch, _groups);
        Assert.True(snapshot.Groups.Single(g => g.Id == "g2").Silent);
        Assert.False(snapshot.Groups.Single(g => g.Id == LiveRoom.Domain.Sources.Unattributed.GroupId).Silent);
    }

    [Fact]
    public void Nobody_is_silent_before_the_countdown()
    {
        var snapshot = _board.Snapshot(_launch, _groups);
        Assert.Equal(LaunchPhase.Warmup, snapshot.Phase);
        Assert.All(snapshot.Groups, g => Assert.False(g.Silent));
    }

    [Fact]
    public void Alerts_follow_the_latest_report()
    {
        _board.Apply(Report("g1", 1, alert: "leave_wave"));
        Assert.Equal("leave_wave", _board.Snapshot(_launch, _groups).Groups.Single(g => g.Id == "g1").Alert);
        _board.Apply(Report("g1", 2));
        Assert.Null(_board.Snapshot(_launch, _groups).Groups.Single(g => g.Id == "g1").Alert);
    }

    [Fact]
    public void Reports_for_unregistered_groups_count_in_totals_but_are_not_rows()
    {
        Settle();
        _board.Apply(Report("ghost", 1, s => s.Orders = 1));
        var update = _board.NextUpdate(_launch, _groups, false)!;
        Assert.Empty(update.Groups);
        Assert.Equal(1, update.Totals.Orders);
    }

    [Fact]
    public void Forecast_appears_once_sales_move_between_ticks()
    {
        var launch = Definition(T0, Sku("a", stock: 100, low: 2));
        _board.NextUpdate(launch, _groups, true);
        _board.Apply(Report("g1", 1, s => s.Sold["a"] = 10));
        _clock.Advance(TimeSpan.FromMinutes(1));
        _board.NextUpdate(launch, _groups, false);
        _board.Apply(Report("g1", 2, s => s.Sold["a"] = 30));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var update = _board.NextUpdate(launch, _groups, false)!;

        // 0 → 30 units over two minutes = 15/min; 70 left → 4.67 minutes.
        Assert.Equal(70.0 / 15.0, update.Skus.Single().MinutesToSellout!.Value, 3);
    }
}

/// <summary>Mutable stand-in so tests can set only the fields they care about.</summary>
public sealed class GroupStatsBuilder
{
    public long Version { get; set; }
    public long PageViews { get; set; }
    public int UniqueVisitors { get; set; }
    public int Orders { get; set; }
    public decimal Gmv { get; set; }
    public int Members { get; set; }
    public int Joins { get; set; }
    public int Leaves { get; set; }
    public DateTimeOffset? LastActivityAt { get; set; }
    public Dictionary<string, int> Sold { get; } = [];

    public GroupStats Build() => new()
    {
        Version = Version,
        PageViews = PageViews,
        UniqueVisitors = UniqueVisitors,
        Orders = Orders,
        Gmv = Gmv,
        Members = Members,
        Joins = Joins,
        Leaves = Leaves,
        LastActivityAt = LastActivityAt,
        SoldBySku = new Dictionary<string, int>(Sold),
    };
}
