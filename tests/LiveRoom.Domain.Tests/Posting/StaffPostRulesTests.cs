using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Posting;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Tests.Posting;

/// <summary>Staff-posted groups without a grain: due when queued, late after the allowance, posted once, the page's order.</summary>
public class StaffPostRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(2);
    private static readonly DeliveryChannel Staff = new() { Kind = ChannelKind.StaffPost };

    private readonly Dictionary<string, OutboxItem> _items = new(StringComparer.Ordinal);

    private OutboxQueue Queue() => new(_items, new RetryPolicy(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), 3)) { StaffPostLateAfter = LateAfter };

    private static OutboundMessage Message(string group, string announcement = "e1#0", DeliveryChannel? channel = null) => new()
    {
        LaunchId = "l1", GroupId = group, AnnouncementId = announcement, Text = "还有10分钟", Channel = channel ?? Staff, QueuedAt = Now, Scheduled = true,
    };

    private static string Key(string group, string announcement = "e1#0") => $"l1:{announcement}:{group}";

    [Fact]
    public void A_staff_posted_notice_is_due_to_people_and_never_to_the_send_loop()
    {
        var queue = Queue();
        var messages = new[] { Message("g1"), Message("g2", channel: DeliveryChannel.Inbox) };
        queue.Store(messages, Now);
        queue.Track(messages);
        Assert.Equal(DeliveryStatus.Due, _items[Key("g1")].Status);
        Assert.Equal(1, queue.AwaitingStaff);
        Assert.Equal(1, queue.Pending);
        Assert.Equal(["g2"], queue.PickDue(Now, paused: false).Select(i => i.Message.GroupId));
        Assert.Equal("g1", Message("g1").PartitionKey); // a staff page finds a group's notices in one partition
    }

    [Fact]
    public void A_due_notice_turns_late_exactly_at_its_allowance_once_and_the_queue_wakes_for_it()
    {
        var queue = Queue();
        queue.Store([Message("g1")], Now);
        queue.Track([Message("g1")]);
        Assert.Equal(Now + LateAfter, queue.NextAt(Now, paused: false));

        Assert.Equal(0, queue.TurnLate(Now + LateAfter - TimeSpan.FromMilliseconds(1)));
        Assert.Equal(DeliveryStatus.Due, _items[Key("g1")].Status);
        Assert.Equal(1, queue.TurnLate(Now + LateAfter));
        Assert.Equal(0, queue.TurnLate(Now + LateAfter + TimeSpan.FromMinutes(5)));
        Assert.Equal(DeliveryStatus.Late, _items[Key("g1")].Status);
        Assert.Equal(Now + LateAfter, _items[Key("g1")].LateAt);
        Assert.Null(queue.NextAt(Now + LateAfter, paused: false)); // nothing more happens by itself

        var alert = Assert.Single(queue.Journal.Drain(Now + LateAfter));
        Assert.Equal("announcement.staff_late", alert.Action);
        Assert.Equal(TimelineKind.Alert, alert.Kind);
        Assert.Equal(["g1"], alert.GroupIds);
    }

    [Fact]
    public void Posting_is_idempotent_late_ones_may_still_be_posted_and_cancelled_ones_may_not()
    {
        var queue = Queue();
        var messages = new[] { Message("g1"), Message("g2"), Message("g3", "e2#0") };
        queue.Store(messages, Now);
        queue.Track(messages);

        Assert.Equal(PostOutcome.Posted, queue.Post(Key("g1"), "小美", Now.AddSeconds(30)));
        Assert.Equal(PostOutcome.AlreadyPosted, queue.Post(Key("g1"), "阿杰", Now.AddSeconds(40)));
        Assert.Equal("小美", _items[Key("g1")].PostedBy);
        Assert.Equal(Now.AddSeconds(30), _items[Key("g1")].SentAt);
        Assert.Equal(2, queue.TurnLate(Now + LateAfter + LateAfter)); // g2 and g3; g1 was posted in time
        Assert.Equal(DeliveryStatus.Posted, _items[Key("g1")].Status);

        Assert.Equal(PostOutcome.Posted, queue.Post(Key("g2"), "小美", Now.AddMinutes(5)));
        Assert.NotNull(_items[Key("g2")].LateAt); // the review still sees it was late

        Assert.Equal(1, queue.Cancel("e2"));
        Assert.Equal(PostOutcome.Closed, queue.Post(Key("g3", "e2#0"), "小美", Now));
        Assert.Equal(PostOutcome.Unknown, queue.Post(Key("g9"), "小美", Now));
        Assert.Equal(0, queue.AwaitingStaff);

        var posted = queue.Journal.Drain(Now).Where(e => e.Action == "announcement.staff_posted").ToList();
        var entry = Assert.Single(posted);
        Assert.Equal("小美", entry.Actor);
        Assert.Equal("2", entry.Args["groups"]);
    }

    [Fact]
    public void After_a_restart_the_stored_items_are_watched_again()
    {
        var first = Queue();
        first.Store([Message("g1")], Now);
        first.Track([Message("g1")]);
        var reloaded = Queue();
        reloaded.Load();
        Assert.Equal(1, reloaded.AwaitingStaff);
        Assert.Equal(1, reloaded.TurnLate(Now + LateAfter));
    }

    [Fact]
    public void The_page_shows_late_first_then_due_waiting_longest_then_posted_newest_first()
    {
        StaffNotice N(string group, DeliveryStatus status, int dueMinute, int? postedMinute = null) => new()
        {
            GroupId = group, AnnouncementId = "e1#0", Text = "", Status = status, DueAt = Now.AddMinutes(dueMinute),
            PostedAt = postedMinute is { } p ? Now.AddMinutes(p) : null,
        };
        var ordered = StaffPostRules.PageOrder([
            N("posted-old", DeliveryStatus.Posted, 0, 1), N("due-new", DeliveryStatus.Due, 5), N("late-new", DeliveryStatus.Late, 2),
            N("posted-new", DeliveryStatus.Posted, 0, 4), N("due-old", DeliveryStatus.Due, 3), N("late-old", DeliveryStatus.Late, 0),
        ]);
        Assert.Equal(["late-old", "late-new", "due-old", "due-new", "posted-new", "posted-old"], ordered.Select(n => n.GroupId));
    }

    [Fact]
    public void Only_owners_and_assistants_of_staff_posted_groups_post_and_get_links()
    {
        GroupRegistration[] groups =
        [
            new() { Id = "g1", Name = "一群", Owner = "小美", Assistants = ["阿杰"], Channel = Staff },
            new() { Id = "g2", Name = "二群", Owner = "阿杰", Channel = Staff },
            new() { Id = "g3", Name = "三群", Owner = "小美" }, // the inbox: a machine delivers
        ];
        Assert.Equal(["g1"], StaffPostRules.GroupsOf(groups, "小美").Select(g => g.Id));
        Assert.Equal(["g1", "g2"], StaffPostRules.GroupsOf(groups, "阿杰").Select(g => g.Id));
        Assert.Equal(["小美", "阿杰"], StaffPostRules.People(groups).Order(StringComparer.Ordinal));
        Assert.Empty(StaffPostRules.GroupsOf(groups, "托A"));
    }
}
