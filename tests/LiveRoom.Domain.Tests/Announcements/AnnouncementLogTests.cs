using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Tests.Announcements;

/// <summary>Announcements say what happened as codes and data, never as sentences.</summary>
public class AnnouncementLogTests
{
    [Fact]
    public void A_queued_announcement_carries_its_label_lateness_count_and_target_kind()
    {
        var a = new Announcement
        {
            Id = "e1#0", Label = "T-2m", Late = true, Groups = 18, Template = "x",
            Target = new AnnouncementTarget { Kind = TargetKind.Tier, Tier = GroupTier.Core },
        };
        var text = AnnouncementLog.Queued(a);
        Assert.Equal("announcement.queued", text.Code);
        Assert.Equal(("T-2m", "true", "18", "Tier", "Core", ""),
            (text.Arg("notice"), text.Arg("late"), text.Arg("groups"), text.Arg("target"), text.Arg("tier"), text.Arg("variant")));
    }

    [Fact]
    public void A_broadcast_id_is_the_same_for_the_same_key_and_its_label_sits_on_the_plan_axis()
    {
        Assert.Equal(BroadcastRules.BroadcastId("k1"), BroadcastRules.BroadcastId("k1"));
        Assert.NotEqual(BroadcastRules.BroadcastId("k1"), BroadcastRules.BroadcastId("k2"));
        Assert.StartsWith("now-", BroadcastRules.BroadcastId("k1"), StringComparison.Ordinal);
        var t0 = new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero);
        Assert.Equal("⚡" + ScheduleEntry.OffsetLabel(TimeSpan.FromMinutes(-30)), BroadcastRules.Label(t0.AddMinutes(-29.6), t0));
    }
}
