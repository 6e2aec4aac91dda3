using LiveRoom.Domain.Announcements;

namespace LiveRoom.Domain.Tests.Announcements;

/// <summary>An outbox partition's sending rules without a grain: what is due, what an outcome does, when to look again.</summary>
public class OutboxQueueTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly DeliveryChannel Robot = new() { Kind = ChannelKind.WeCom, Url = "https://robot.example/a", PerMinute = 2 };

    private readonly Dictionary<string, OutboxItem> _items = new(StringComparer.Ordinal);

    private OutboxQueue Queue(int maxAttempts = 3) => new(_items, new RetryPolicy(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), maxAttempts)) { MaxParallel = 10 };

    private static OutboundMessage Message(string group, string announcement = "e1#0", DeliveryChannel? channel = null, bool scheduled = true) => new()
    {
        LaunchId = "l1", GroupId = group, AnnouncementId = announcement, Text = "还有10分钟", Channel = channel ?? DeliveryChannel.Inbox, Scheduled = scheduled,
    };

    [Fact]
    public void A_message_is_stored_once_and_pending_only_once_tracked()
    {
        var queue = Queue();
        var messages = new[] { Message("g1"), Message("g2") };
        Assert.Equal(2, queue.Store(messages, Now));
        Assert.Equal(0, queue.Store(messages, Now)); // a replayed enqueue
        Assert.Equal(0, queue.Pending);
        Assert.Empty(queue.PickDue(Now, paused: false));

        queue.Track(messages);
        Assert.Equal(2, queue.Pending);
        Assert.Equal(2, queue.PickDue(Now, paused: false).Count);
        Assert.Empty(queue.PickDue(Now, paused: false)); // in flight: never attempted twice at once
    }

    [Fact]
    public void A_shared_robot_window_holds_the_third_message_until_a_slot_frees()
    {
        var queue = Queue();
        var messages = new[] { Message("g1", channel: Robot), Message("g2", channel: Robot), Message("g3", channel: Robot) };
        queue.Store(messages, Now);
        queue.Track(messages);

        var batch = queue.PickDue(Now, paused: false);
        Assert.Equal(2, batch.Count);
        foreach (var item in batch) queue.Apply(item, SendOutcome.Ok, Now.AddSeconds(1), 0);
        Assert.Equal(Now.AddSeconds(61), queue.NextAt(Now.AddSeconds(1), paused: false));
        Assert.Single(queue.PickDue(Now.AddSeconds(61), paused: false));
    }

    [Fact]
    public void A_pause_holds_scheduled_messages_but_not_ad_hoc_ones()
    {
        var queue = Queue();
        var messages = new[] { Message("g1"), Message("g2", "now-abc#0", scheduled: false) };
        queue.Store(messages, Now);
        queue.Track(messages);

        Assert.Equal(["g2"], queue.PickDue(Now, paused: true).Select(i => i.Message.GroupId));
        Assert.Equal(Now, queue.NextAt(Now, paused: false));
    }

    [Fact]
    public void Failures_back_off_then_become_dead_letters_which_a_resend_queues_again()
    {
        var queue = Queue(maxAttempts: 2);
        var messages = new[] { Message("g1") };
        queue.Store(messages, Now);
        queue.Track(messages);
        var item = queue.PickDue(Now, paused: false).Single();

        queue.Apply(item, new SendOutcome(false, "503"), Now, 0);
        Assert.Equal((DeliveryStatus.Retrying, 1, Now.AddSeconds(1)), (item.Status, item.Attempts, item.NextAttemptAt));
        Assert.Empty(queue.PickDue(Now, paused: false));

        queue.Apply(queue.PickDue(item.NextAttemptAt, paused: false).Single(), new SendOutcome(false, "503"), item.NextAttemptAt, 0);
        Assert.Equal((DeliveryStatus.Failed, 0), (item.Status, queue.Pending));
        var entry = Assert.Single(queue.Journal.Drain(Now));
        Assert.Equal(("announcement.dead_lettered", "e1#0", "1", "503"), (entry.Action, entry.Args["notice"], entry.Args["groups"], entry.Args["error"]));

        Assert.Equal(1, queue.ResendFailed(Now));
        Assert.Equal((DeliveryStatus.Queued, 0, 1), (item.Status, item.Attempts, queue.Pending));
    }

    [Fact]
    public void Sent_messages_drop_their_text_and_are_journaled_once_per_announcement()
    {
        var queue = Queue();
        var messages = new[] { Message("g1"), Message("g2") };
        queue.Store(messages, Now);
        queue.Track(messages);
        foreach (var item in queue.PickDue(Now, paused: false)) queue.Apply(item, SendOutcome.Ok, Now, 0);

        Assert.All(_items.Values, i => Assert.Equal((DeliveryStatus.Sent, ""), (i.Status, i.Message.Text)));
        var entry = Assert.Single(queue.Journal.Drain(Now));
        Assert.Equal(("announcement.delivered", "2", "e1#0"), (entry.Action, entry.Args["groups"], entry.RefId));
        Assert.Equal(["g1", "g2"], entry.GroupIds);
        Assert.Empty(entry.Summary); // the reader renders text.announcement.delivered
        Assert.Empty(queue.Journal.Drain(Now));
    }

    [Fact]
    public void Cancelling_an_entry_takes_back_its_pending_deliveries_only()
    {
        var queue = Queue();
        var messages = new[] { Message("g1", "e1#0"), Message("g1", "e10#0"), Message("g2", "e1#1") };
        queue.Store(messages, Now);
        queue.Track(messages);

        Assert.Equal(2, queue.Cancel("e1"));
        Assert.Equal(1, queue.Pending);
        Assert.Equal(DeliveryStatus.Queued, _items.Values.Single(i => i.Message.AnnouncementId == "e10#0").Status);
    }

    [Fact]
    public void After_activation_the_stored_deliveries_still_to_send_are_pending_again()
    {
        Queue().Store([Message("g1"), Message("g2")], Now);
        _items.Values.First().Status = DeliveryStatus.Sent;

        var queue = Queue();
        queue.Load();

        Assert.Equal(1, queue.Pending);
    }
}
