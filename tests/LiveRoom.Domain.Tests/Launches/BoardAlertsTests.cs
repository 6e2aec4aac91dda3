using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Tests.Launches;

public sealed class BoardAlertsTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyDictionary<string, string?> NoGroupAlerts = new Dictionary<string, string?>();

    private static SkuInventory Sku(int stock, int sold, int low = 10) => new()
    {
        SkuId = "cup", Name = "保温杯", Stock = stock, Sold = sold, Remaining = Math.Max(0, stock - sold),
        SoldOut = sold >= stock, Oversold = sold > stock, Low = stock - sold > 0 && stock - sold <= low,
    };

    private static IReadOnlyList<TimelineEntry> Tick(BoardAlerts alerts, SkuInventory sku, IReadOnlySet<string>? silent = null, IReadOnlyDictionary<string, string?>? groupAlerts = null)
    {
        var entries = alerts.Changes([sku], silent ?? new HashSet<string>(), groupAlerts ?? NoGroupAlerts, id => "群" + id, Now, out var next);
        alerts.Commit(next);
        return entries;
    }

    [Fact]
    public void A_sold_out_sku_is_recorded_once_while_it_stays_sold_out_and_once_when_it_clears()
    {
        var alerts = new BoardAlerts([]);
        Assert.Empty(Tick(alerts, Sku(100, 50)));

        var raised = Assert.Single(Tick(alerts, Sku(100, 100)));
        Assert.Equal((TimelineKind.Alert, "sku.sold_out", TimelineActors.System), (raised.Kind, raised.Action, raised.Actor));
        Assert.Equal(("保温杯", "100"), (raised.Args["sku"], raised.Args["stock"]));
        Assert.Empty(Tick(alerts, Sku(100, 100)));

        var cleared = Assert.Single(Tick(alerts, Sku(200, 100)));
        Assert.Equal("sku.sold_out.cleared", cleared.Action);
    }

    [Fact]
    public void Low_then_sold_out_then_oversold_escalates_without_a_false_all_clear()
    {
        var alerts = new BoardAlerts([]);
        Assert.Equal(["sku.low"], Tick(alerts, Sku(100, 95)).Select(e => e.Action));
        Assert.Equal(["sku.sold_out"], Tick(alerts, Sku(100, 100)).Select(e => e.Action));
        Assert.Equal(["sku.oversold"], Tick(alerts, Sku(100, 103)).Select(e => e.Action));
    }

    [Fact]
    public void Silent_groups_raised_in_one_tick_make_one_entry_naming_every_group()
    {
        var alerts = new BoardAlerts([]);
        var raised = Assert.Single(Tick(alerts, Sku(100, 0), silent: new HashSet<string> { "g2", "g1" }));
        Assert.Equal("group.silent", raised.Action);
        Assert.Equal(["g1", "g2"], raised.GroupIds);
        Assert.Empty(Tick(alerts, Sku(100, 0), silent: new HashSet<string> { "g2", "g1" }));

        var cleared = Assert.Single(Tick(alerts, Sku(100, 0), silent: new HashSet<string> { "g2" }));
        Assert.Equal(("group.silent.cleared", "g1"), (cleared.Action, Assert.Single(cleared.GroupIds)));
    }

    [Fact]
    public void A_group_report_alert_is_recorded_but_a_negative_spike_is_left_to_the_group()
    {
        var alerts = new BoardAlerts([]);
        var entries = Tick(alerts, Sku(100, 0), groupAlerts: new Dictionary<string, string?> { ["g1"] = "leave_wave", ["g2"] = BoardAlerts.RecordedByGroup, ["g3"] = null });
        var e = Assert.Single(entries);
        Assert.Equal(("group.leave_wave", "g1"), (e.Action, Assert.Single(e.GroupIds)));
    }

    [Fact]
    public void Alerts_already_recorded_by_an_earlier_activation_are_not_raised_again()
    {
        var stored = new HashSet<string>();
        Tick(new BoardAlerts(stored), Sku(100, 100));
        Assert.Empty(Tick(new BoardAlerts(stored), Sku(100, 100)));
    }
}
