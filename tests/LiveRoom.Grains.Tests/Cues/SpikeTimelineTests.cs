using LiveRoom.Domain.Launches;
using LiveRoom.Grains.Tests.Cluster;
using LiveRoom.Grains.Timeline;

namespace LiveRoom.Grains.Tests.Cues;

/// <summary>A group's negative spike is also a launch-level alert: one timeline entry per spike.</summary>
public class SpikeTimelineTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    [Fact]
    public async Task A_spike_is_one_alert_on_the_timeline_however_many_complaints_it_holds()
    {
        await CreateLaunch([Group("angry"), Group("calm")]);
        var now = DateTimeOffset.UtcNow;
        // One batch: had every negative in the spike raised an entry, they would all arrive together.
        await Ingest(
            Ev.Chat("n1", "angry", "m1", "这就是骗子", now.AddSeconds(-50)),
            Ev.Chat("n2", "angry", "m2", "上次的还没收到，要投诉", now.AddSeconds(-40)),
            Ev.Chat("n3", "angry", "m3", "差评，智商税", now.AddSeconds(-30)),
            Ev.Chat("n4", "angry", "m4", "假货吧", now.AddSeconds(-20)),
            Ev.Chat("n5", "angry", "m5", "我要退款", now.AddSeconds(-10)),
            Ev.Chat("ok", "calm", "m6", "不是骗子，放心买", now));

        var page = await Wait.Until(() => Client.GetGrain<ILaunchTimelineGrain>(LaunchId).Read(0, 100),
            p => p.Entries.Any(e => e.Action == AlertCodes.SpikeStarted), "the spike alert on the timeline");
        var alert = Assert.Single(page.Entries, e => e.Action == AlertCodes.SpikeStarted);
        Assert.Equal(Domain.Timeline.TimelineKind.Alert, alert.Kind);
        Assert.Equal(["angry"], alert.GroupIds);
        Assert.Equal("群 angry", alert.Args["group"]);

        // Still in the spike: a further complaint in a later batch adds no second alert.
        await Ingest(Ev.Chat("n6", "angry", "m7", "垃圾", now));
        await Settled("angry");
        var after = await Client.GetGrain<ILaunchTimelineGrain>(LaunchId).Read(0, 100);
        Assert.Single(after.Entries, e => e.Action == AlertCodes.SpikeStarted);
    }
}
