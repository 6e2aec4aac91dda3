namespace LiveRoom.Grains.Tests.Cluster;

public class MembershipTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    [Fact]
    public async Task Members_are_registered_plus_joins_minus_leaves_and_replays_are_ignored()
    {
        await CreateLaunch([Group("g1", members: 100), Group("g2", members: 40)]);
        Assert.Equal(0, await Ingest(
            Ev.Joined("j1", "g1", "u1"),
            Ev.Joined("j2", "g1", "u2"),
            Ev.Joined("j3", "g1", "u3"),
            Ev.Left("l1", "g1", "u2"),
            Ev.Left("l2", "g2", "u9")));
        Assert.Equal(3, await Ingest(Ev.Joined("j1", "g1", "u1"), Ev.Joined("j2", "g1", "u2"), Ev.Left("l1", "g1", "u2")));

        var s = await Settled("g1", "g2");
        Assert.Equal(102, Row(s, "g1").Members);
        Assert.Equal(39, Row(s, "g2").Members);
        Assert.Equal(141, s.Totals.Members);
        Assert.Equal(3, s.Totals.Joins);
        Assert.Equal(2, s.Totals.Leaves);
    }

    [Fact]
    public async Task A_group_without_events_shows_its_registered_members()
    {
        await CreateLaunch([Group("g1", members: 100), Group("quiet", members: 77)]);
        await Ingest(Ev.Joined("j1", "g1", "u1"));
        var s = await Settled("g1");
        Assert.Equal(77, Row(s, "quiet").Members);
        Assert.Equal(101, Row(s, "g1").Members);
        Assert.Equal(178, s.Totals.Members);
    }

    [Fact]
    public async Task A_corrected_member_count_applies_to_a_group_that_already_has_events()
    {
        await CreateLaunch([Group("g1", members: 100)]);
        await Ingest(Ev.Joined("j1", "g1", "u1"));
        await Settled("g1");

        await Launch.RegisterGroups([Group("g1", members: 250)]);
        await Ingest(Ev.Joined("j2", "g1", "u2"));
        var s = await Settled("g1");
        Assert.Equal(252, Row(s, "g1").Members);
        Assert.Equal(252, s.Totals.Members);
    }

    [Fact]
    public async Task A_wave_of_leaves_raises_the_group_alert()
    {
        await CreateLaunch([Group("calm", members: 10), Group("angry", members: 10)]);
        await Ingest(Enumerable.Range(1, 5).Select(i => Ev.Left($"l{i}", "angry", $"u{i}")));
        await Ingest(Ev.Left("l9", "calm", "u9"));

        var s = await Settled("angry", "calm");
        Assert.Equal("leave_wave", Row(s, "angry").Alert);
        Assert.Equal(5, Row(s, "angry").Members);
        Assert.Null(Row(s, "calm").Alert);
    }
}
