using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Tests.Groups;

public sealed class GroupLedgerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static readonly GroupRegistration Group = new()
    {
        Id = "g1", Name = "一群", MemberCount = 100, Owner = "群主", Assistants = ["助理"], SeededMembers = ["托A", "托B"],
    };

    private static GroupLedger Ledger(GroupRegistration? g = null) => new("g1", new GroupState(), new GroupTraffic()) { Registration = g ?? Group };

    private static LaunchEvent Order(string id, string orderId, OrderStatus status, int quantity = 1, decimal amount = 10m, DateTimeOffset? at = null) => new()
    {
        Kind = EventKind.Order, Id = id, GroupId = "g1", OrderId = orderId, SkuId = "sku-1", Quantity = quantity, Amount = amount, Status = status, At = at ?? T0,
    };

    private static LaunchEvent Member(EventKind kind, string id, string member, DateTimeOffset? at = null) =>
        new() { Kind = kind, Id = id, GroupId = "g1", MemberId = member, At = at ?? T0 };

    private static LaunchEvent Chat(string id, string member, string text, DateTimeOffset? at = null) =>
        new() { Kind = EventKind.ChatMessage, Id = id, GroupId = "g1", MemberId = member, Text = text, At = at ?? T0 };

    [Fact]
    public void Orders_count_once_and_a_refund_takes_them_back()
    {
        var ledger = Ledger();
        Assert.True(ledger.Apply(Order("e1", "o1", OrderStatus.Paid, quantity: 2, amount: 30m)));
        Assert.False(ledger.Apply(Order("e1", "o1", OrderStatus.Paid, quantity: 2, amount: 30m)));
        Assert.Equal((1, 30m, 2), (ledger.Stats().Orders, ledger.Stats().Gmv, ledger.Stats().SoldBySku["sku-1"]));
        Assert.True(ledger.CueTriggered);

        Assert.True(ledger.Apply(Order("e2", "o1", OrderStatus.Refunded, at: T0.AddMinutes(1))));
        Assert.Equal((0, 0m, 0), (ledger.Stats().Orders, ledger.Stats().Gmv, ledger.Stats().SoldBySku.GetValueOrDefault("sku-1")));
    }

    [Fact]
    public void A_refund_before_its_payment_is_new_but_changes_no_count()
    {
        var ledger = Ledger();
        Assert.True(ledger.Apply(Order("e2", "o1", OrderStatus.Refunded)));
        Assert.False(ledger.Apply(Order("e2", "o1", OrderStatus.Refunded)));
        Assert.Equal(0, ledger.Stats().Orders);
        Assert.False(ledger.CueTriggered);
    }

    [Fact]
    public void Joins_and_leaves_move_the_member_count_once_per_event_id()
    {
        var ledger = Ledger();
        Assert.True(ledger.Apply(Member(EventKind.MemberJoined, "j1", "路人")));
        Assert.False(ledger.Apply(Member(EventKind.MemberJoined, "j1", "路人")));
        Assert.True(ledger.Apply(Member(EventKind.MemberLeft, "l1", "路人甲")));
        Assert.True(ledger.Apply(Member(EventKind.MemberJoined, "j2", "托A")));
        var stats = ledger.Stats();
        Assert.Equal((101, 2, 1), (stats.Members, stats.Joins, stats.Leaves));
        Assert.Equal(T0, stats.LastActivityAt);
        // Own people are tracked with their presence; a stranger is not.
        Assert.Equal(true, ledger.OwnPeople().Single(p => p.MemberId == "托A").Present);
        Assert.Null(ledger.OwnPeople().Single(p => p.MemberId == "托B").Present);
    }

    [Fact]
    public void A_chain_post_moves_the_sign_ups_in_the_posts_minute()
    {
        var ledger = Ledger();
        ledger.Apply(Chat("c1", "李姐", "#接龙\n冷敷凝胶\n1. 李姐 2盒"));
        ledger.Apply(Chat("c2", "小雨", "#接龙\n冷敷凝胶\n1. 李姐 2盒\n2. 小雨", T0.AddSeconds(30)));
        var report = ledger.TakeReport(T0);
        Assert.Equal((2, 2), (report.Stats.Signups, report.Stats.Messages));
        Assert.Equal(2, report.SeriesDelta.Single().Counts.Signups);
        Assert.Empty(ledger.TakeReport(T0).SeriesDelta); // handed over with the first report
    }

    [Fact]
    public void Staff_are_known_by_role_and_the_owner_comes_first_among_the_own_people()
    {
        var ledger = Ledger();
        Assert.Equal(ChatRole.SeededMember, ledger.People.RoleOf("托B"));
        Assert.Equal(ChatRole.Assistant, ledger.People.RoleOf("助理"));
        Assert.Equal(ChatRole.Owner, ledger.People.RoleOf("群主"));
        Assert.Equal(ChatRole.Member, ledger.People.RoleOf("路人"));
        Assert.Equal(["群主", "助理", "托A", "托B"], ledger.OwnPeople().Select(p => p.MemberId));
    }

    [Fact]
    public void A_negative_spike_is_the_rows_alert_and_one_timeline_entry()
    {
        var ledger = Ledger();
        for (var i = 0; i < 8; i++) ledger.Apply(Chat($"m{i}", $"路人{i}", "骗子，退钱", T0.AddSeconds(i)));
        Assert.Equal(AlertCodes.NegativeSpike, ledger.Alert(T0.AddSeconds(10)));
        var entry = Assert.Single(ledger.TakeSpikeAlerts()!);
        Assert.Equal((AlertCodes.SpikeStarted, "g1"), (entry.Action, entry.GroupIds.Single()));
        Assert.Null(ledger.TakeSpikeAlerts());
        Assert.True(ledger.CueTriggered);
    }

    [Fact]
    public void Seeded_members_among_the_first_joins_are_flagged()
    {
        var ledger = Ledger();
        ledger.Apply(Member(EventKind.MemberJoined, "j1", "托A"));
        Assert.Equal(["托A"], ledger.EarlySeeded());
        Assert.Equal(AlertCodes.SeededEarlyJoin, ledger.Alert(T0));
    }

    [Fact]
    public void A_resync_that_disagrees_with_the_callbacks_flags_a_mismatch()
    {
        var ledger = Ledger(Group with { SeededMembers = [] });
        Assert.True(ledger.ResyncMembers(105, T0, ["群主", "路人"]));
        Assert.Equal(AlertCodes.MemberMismatch, ledger.Alert(T0));
        Assert.Equal(false, ledger.OwnPeople().Single(p => p.MemberId == "助理").Present);
    }

    [Fact]
    public void Traffic_counts_each_visitor_once_and_keeps_the_latest_page_error()
    {
        var ledger = Ledger();
        var minute = UnixMinute.Of(T0);
        ledger.ApplyTraffic(new TrafficDelta(new Dictionary<long, int> { [minute] = 3 }, [new VisitorSeen(1, minute), new VisitorSeen(2, minute)], T0,
            new Dictionary<long, int> { [minute] = 1 }, new PageErrorSeen(T0, "500: boom")));
        ledger.ApplyTraffic(new TrafficDelta(new Dictionary<long, int> { [minute] = 1 }, [new VisitorSeen(1, minute)], T0.AddSeconds(5),
            null, new PageErrorSeen(T0.AddSeconds(-5), "older")));
        var report = ledger.TakeReport(T0);
        Assert.Equal((4L, 2, 1L, "500: boom"), (report.Stats.PageViews, report.Stats.UniqueVisitors, report.Stats.PageErrors, report.Stats.LastPageError));
        Assert.Equal(2, report.NewVisitors.Count);
        Assert.Equal(T0.AddSeconds(5), report.Stats.LastActivityAt);
    }

    [Fact]
    public void Each_report_is_a_new_version()
    {
        var ledger = Ledger();
        var first = ledger.TakeReport(T0).Stats.Version;
        Assert.Equal(first + 1, ledger.TakeReport(T0).Stats.Version);
        Assert.Equal(first + 1, ledger.RepeatReport(T0).Stats.Version);
    }
}
