using LiveRoom.Domain.Announcements;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Tests.Cluster;
using LiveRoom.Grains.Timeline;

namespace LiveRoom.Grains.Tests.Announcements;

public class InboxAndScheduleTests(ClusterFixture fixture) : AnnouncementTest(fixture)
{
    private static ScheduleEntry Entry(string id, TimeSpan offset, string template = "还有{t_minus}开抢 {group.name}") =>
        new() { Id = id, Offset = offset, Template = template };

    [Fact]
    public async Task The_same_idempotency_key_is_one_broadcast()
    {
        await CreateLaunch([Group("g1"), Group("g2")]);
        var first = await Broadcast("{group.name} 已接龙 {group.signups} 人", "same");
        var again = await Broadcast("{group.name} 已接龙 {group.signups} 人", "same");

        Assert.Equal(first.AnnouncementId, again.AnnouncementId);
        Assert.True(again.Duplicate);
        await DeliveriesUntil(d => d.Count == 2 && d.All(r => r.Status == DeliveryStatus.Sent), "both delivered");
        var inbox = await Announcements.GetInbox("g1");
        Assert.Equal("群 g1 已接龙 0 人", Assert.Single(inbox).Text);
        Assert.Single((await Announcements.GetView()).Announcements);
    }

    [Fact]
    public async Task Registering_a_group_again_without_a_channel_keeps_its_channel()
    {
        await CreateLaunch([Webhook("g1")]);
        await Launch.RegisterGroups([Group("g1") with { Name = "改名" }]);
        var g = await Launch.GetGroup("g1");
        Assert.Equal(("改名", ChannelKind.Webhook), (g!.Name, g.Channel!.Kind));

        await Launch.RegisterGroups([Group("g1") with { Channel = DeliveryChannel.Inbox }]);
        Assert.Equal(ChannelKind.Inbox, (await Launch.GetGroup("g1"))!.Channel!.Kind);
    }

    [Fact]
    public async Task Targets_pick_tiers_and_lists()
    {
        await CreateLaunch([Group("g1") with { Tier = Domain.Groups.GroupTier.Pond }, Group("g2"), Group("g3")]);
        var tier = await Broadcast("x", "tier", new AnnouncementTarget { Kind = TargetKind.Tier, Tier = Domain.Groups.GroupTier.Pond });
        var list = await Broadcast("y", "list", new AnnouncementTarget { Kind = TargetKind.List, GroupIds = ["g2", "g3"] });
        Assert.Equal((1, 2), (tier.Queued, list.Queued));
        await DeliveriesUntil(d => d.Count == 3 && d.All(r => r.Status == DeliveryStatus.Sent), "three delivered");
        Assert.Equal("x", Assert.Single(await Announcements.GetInbox("g1")).Text);
        Assert.Equal("y", Assert.Single(await Announcements.GetInbox("g3")).Text);
    }

    [Fact]
    public async Task A_scheduled_entry_fires_after_the_grain_was_deactivated()
    {
        var t0 = DateTimeOffset.UtcNow.AddMinutes(10).AddSeconds(2);
        await CreateLaunch([Group("g1"), Group("g2")], startsAt: t0);
        Assert.Empty(await Announcements.SavePlan(new AnnouncementPlan { Entries = [Entry("t10", TimeSpan.FromMinutes(-10))] }, "tester"));

        // Nothing keeps it in memory: the reminder must bring it back for T-10m.
        await Fixture.Cluster.DeactivateAsync(Announcements);

        await DeliveriesUntil(d => d.Count == 2 && d.All(r => r.Status == DeliveryStatus.Sent), "T-10m delivered to both groups", TimeSpan.FromSeconds(20));
        var message = Assert.Single(await Announcements.GetInbox("g2"));
        Assert.Equal("还有10分钟开抢 群 g2", message.Text);
        Assert.Single((await Announcements.GetView()).Plan.Entries);
        Assert.Empty((await Announcements.GetView()).Upcoming);
    }

    [Fact]
    public async Task Queued_deliveries_survive_deactivation_of_the_outbox_and_are_sent_once()
    {
        var failing = true;
        Receiver.Respond = _ => failing ? (500, TimeSpan.Zero, null) : (200, TimeSpan.Zero, null);
        await CreateLaunch(Enumerable.Range(1, 6).Select(i => Webhook($"g{i}")));
        await Broadcast("开抢了");
        await DeliveriesUntil(d => d.Count == 6 && d.All(r => r.Attempts >= 1), "first attempts failed");

        for (var p = 0; p < 4; p++) await Fixture.Cluster.DeactivateAsync(Client.GetGrain<IOutboxPartitionGrain>(OutboxKey.Of(LaunchId, p)));
        failing = false;

        await DeliveriesUntil(d => d.Count == 6 && d.All(r => r.Status is DeliveryStatus.Sent or DeliveryStatus.Failed), "all settled");
        var rows = await Deliveries();
        var sent = rows.Where(r => r.Status == DeliveryStatus.Sent).Select(r => r.GroupId).ToList();
        Assert.NotEmpty(sent);
        // Every delivery that ended sent was accepted by the gateway exactly once.
        foreach (var g in sent) Assert.Equal(1, Receiver.Accepted[$"{LaunchId}:{rows.First(r => r.GroupId == g).AnnouncementId}:{g}"]);
        // Those that used up their 4 attempts while failing are dead letters, not lost.
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public async Task A_paused_plan_sends_nothing_and_on_resume_sends_late_within_the_window()
    {
        var t0 = DateTimeOffset.UtcNow.AddSeconds(-30);
        await CreateLaunch([Group("g1")], startsAt: t0);
        await Announcements.Pause("tester", "演练");
        Assert.Empty(await Announcements.SavePlan(new AnnouncementPlan { Entries = [Entry("t0", TimeSpan.Zero, "开抢啦")] }, "tester"));
        await Announcements.Tick();
        Assert.Empty(await Deliveries());
        Assert.True((await Announcements.GetView()).Paused);

        await Announcements.Resume("tester");

        await DeliveriesUntil(d => d.Count == 1 && d[0].Status == DeliveryStatus.Sent, "sent after resume");
        Assert.True(Assert.Single(await Announcements.GetInbox("g1")).Late);
        var timeline = await Client.GetGrain<ILaunchTimelineGrain>(LaunchId).Read(0, 100);
        Assert.Contains(timeline.Entries, e => e.Action == "announcement.paused");
        Assert.Contains(timeline.Entries, e => e.Action == "announcement.resumed");
        Assert.Contains(timeline.Entries, e => e.Action == "announcement.queued");
        await Wait.Until(async () => (await Client.GetGrain<ILaunchTimelineGrain>(LaunchId).Read(0, 100)).Entries,
            e => e.Any(x => x.Action == "announcement.delivered"), "delivery in the timeline");
    }

    [Fact]
    public async Task A_cancelled_entry_never_fires_and_an_invalid_plan_is_not_saved()
    {
        var t0 = DateTimeOffset.UtcNow.AddMinutes(10);
        await CreateLaunch([Group("g1")], startsAt: t0);
        var errors = await Announcements.SavePlan(new AnnouncementPlan { Entries = [Entry("bad", TimeSpan.Zero, "{nope}")] }, "tester");
        Assert.Contains("entries[0].template", errors.Keys);
        Assert.Empty((await Announcements.GetView()).Plan.Entries);

        Assert.Empty(await Announcements.SavePlan(new AnnouncementPlan { Entries = [Entry("t10", TimeSpan.FromMinutes(-10)), Entry("t0", TimeSpan.Zero)] }, "tester"));
        Assert.True(await Announcements.CancelEntry("t10", "tester"));
        var view = await Announcements.GetView();
        Assert.Equal(["t0"], view.Upcoming.Select(u => u.EntryId));
    }
}
