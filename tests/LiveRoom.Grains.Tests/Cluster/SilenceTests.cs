using LiveRoom.Domain.Launches;

namespace LiveRoom.Grains.Tests.Cluster;

public class SilenceTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    [Fact]
    public async Task While_live_groups_without_recent_activity_are_flagged_silent()
    {
        await CreateLaunch([Group("chatty"), Group("viewed"), Group("quiet"), Group("stale")]);
        await Ingest(Ev.Chat("c1", "chatty"));
        await Ingest(Ev.PageView("pv1", "viewed", "v1"));
        await Ingest(Ev.Chat("c2", "stale", at: DateTimeOffset.UtcNow.AddMinutes(-6))); // activity, but too long ago

        var s = await SnapshotUntil(s => s.Totals.Messages == 2 && s.Totals.PageViews == 1, "the chat and the page view");
        Assert.Equal(LaunchPhase.Live, s.Phase);
        Assert.False(Row(s, "chatty").Silent);
        Assert.False(Row(s, "viewed").Silent);
        Assert.True(Row(s, "quiet").Silent);
        Assert.True(Row(s, "stale").Silent);
        Assert.Equal(3, s.Totals.ActiveGroups);
    }

    [Fact]
    public async Task Before_the_countdown_nobody_is_silent()
    {
        await CreateLaunch([Group("quiet")], startsAt: DateTimeOffset.UtcNow.AddHours(3));
        var s = await Snapshot();
        Assert.Equal(LaunchPhase.Warmup, s.Phase);
        Assert.False(Row(s, "quiet").Silent);
    }
}
