using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Posting;
using LiveRoom.Grains.Announcements;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Tests.Cluster;

namespace LiveRoom.Grains.Tests.Announcements;

/// <summary>
/// Staff-posted notices live in the outbox partitions' stored state: a 已发 mark is written before
/// it is acknowledged, so it survives the partition's deactivation, and a notice still due after a
/// restart turns late by itself (StaffPostLateAfter is 2 s in this cluster).
/// </summary>
public class StaffPostDurabilityTests(ClusterFixture fixture) : AnnouncementTest(fixture)
{
    private static Domain.Groups.GroupRegistration Staffed(string id) =>
        Group(id) with { Owner = "小美", Channel = new DeliveryChannel { Kind = ChannelKind.StaffPost } };

    [Fact]
    public async Task A_posted_mark_survives_deactivation_and_a_due_notice_turns_late_after_it()
    {
        await CreateLaunch([Staffed("g1"), Staffed("g2")]);
        var receipt = await Broadcast("{group.name} 马上开抢");
        var rows = await DeliveriesUntil(d => d.Count == 2, "both notices due");
        Assert.All(rows, r => Assert.Contains(r.Status, new[] { DeliveryStatus.Due, DeliveryStatus.Late }));

        Assert.Equal(PostOutcome.Posted, await Announcements.MarkPosted("g1", receipt.AnnouncementId, "小美"));
        for (var p = 0; p < 4; p++) await Fixture.Cluster.DeactivateAsync(Client.GetGrain<IOutboxPartitionGrain>(OutboxKey.Of(LaunchId, p)));

        var after = await DeliveriesUntil(d => d.Any(r => r.GroupId == "g2" && r.Status == DeliveryStatus.Late), "g2 late after the restart");
        var g1 = after.Single(r => r.GroupId == "g1");
        Assert.Equal(DeliveryStatus.Posted, g1.Status);
        Assert.Equal("小美", g1.PostedBy);
        Assert.Equal(PostOutcome.AlreadyPosted, await Announcements.MarkPosted("g1", receipt.AnnouncementId, "阿杰"));
        var notices = await Announcements.GetStaffNotices(["g1", "g2"]);
        Assert.Equal("群 g2 马上开抢", notices.Single(n => n.GroupId == "g2").Text);
    }
}
