namespace LiveRoom.Grains.Tests.Cluster;

/// <summary>接龙 posts arriving as chat messages move sign-ups; complaints raise the group's alert.</summary>
public class ChainSignupTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private const string Header = "#接龙\n周四福利 冷敷凝胶第二盒半价\n例 张三 2盒\n\n";

    [Fact]
    public async Task Sign_ups_are_the_latest_chain_post_not_the_sum_of_posts()
    {
        await CreateLaunch([Group("g1"), Group("g2")]);
        var t0 = DateTimeOffset.UtcNow.AddMinutes(-3);
        await Ingest(
            Ev.Chat("c1", "g1", "m1", Header + "1. 李姐 1盒", t0),
            Ev.Chat("c2", "g1", "m2", Header + "1. 李姐 1盒\n2. 🌸小雨 2", t0.AddSeconds(10)),
            Ev.Chat("c3", "g1", "m3", Header + "1. 李姐 1盒\n2. 🌸小雨 2\n3. 王老师 x3", t0.AddSeconds(20)),
            Ev.Chat("c4", "g2", "m4", "大家好", t0));
        var s = await Settled("g1", "g2");
        Assert.Equal(3, Row(s, "g1").Signups);
        Assert.Equal(0, Row(s, "g2").Signups);
        Assert.Equal(3, s.Totals.Signups);
        Assert.Equal(3, s.Series.Sum(p => p.Counts.Signups));

        // An edit removes a line; a replayed post and an older post arriving late change nothing.
        Assert.Equal(1, await Ingest(Ev.Chat("c2", "g1", "m2", Header + "1. 李姐 1盒\n2. 🌸小雨 2", t0.AddSeconds(10))));
        await Ingest(
            Ev.Chat("c5", "g1", "m1", Header + "1. 李姐 1盒\n2. 王老师 x3", t0.AddSeconds(30)),
            Ev.Chat("c0", "g1", "m9", Header + "1. 李姐 1盒", t0.AddSeconds(5)));
        s = await SnapshotUntil(x => Row(x, "g1").Signups == 2, "the edited chain");
        Assert.Equal(2, s.Totals.Signups);
        Assert.Equal(2, s.Series.Sum(p => p.Counts.Signups));
    }

    [Fact]
    public async Task A_burst_of_complaints_raises_the_negative_spike_alert()
    {
        await CreateLaunch([Group("calm"), Group("angry")]);
        var now = DateTimeOffset.UtcNow;
        await Ingest(
            Ev.Chat("n1", "angry", "m1", "这就是骗子", now.AddSeconds(-30)),
            Ev.Chat("n2", "angry", "m2", "上次的还没收到，要投诉", now.AddSeconds(-20)),
            Ev.Chat("n3", "angry", "m3", "差评，智商税", now.AddSeconds(-10)),
            Ev.Chat("ok", "calm", "m4", "不是骗子，放心买", now));
        var s = await Settled("angry", "calm");
        Assert.Equal("negative_spike", Row(s, "angry").Alert);
        Assert.Null(Row(s, "calm").Alert);
    }
}
