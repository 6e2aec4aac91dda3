using LiveRoom.Domain.Cues;
using LiveRoom.Grains.Cues;
using LiveRoom.Domain.Launches;
using LiveRoom.Grains.Tests.Cluster;

namespace LiveRoom.Grains.Tests.Cues;

/// <summary>
/// Seeded members registered while a group is already running reach it without a restart or a
/// detail read (which re-reads the registration by itself, so these tests never ask for one).
/// </summary>
public class ReregistrationTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private ILaunchCuesGrain Cues => Client.GetGrain<ILaunchCuesGrain>(LaunchId);

    [Fact]
    public async Task Seeded_members_added_mid_launch_are_warned_about_and_receive_cues()
    {
        await CreateLaunch([Group("g1")]);
        // The group runs before anyone is seeded: 托A is one of its first joins.
        await Ingest(Ev.Joined("j1", "g1", "托A"), Ev.Joined("j2", "g1", "m2"));
        var before = await Settled("g1");
        Assert.Null(Row(before, "g1").Alert);

        await Launch.RegisterGroups([Group("g1") with { Owner = "群主", SeededMembers = ["托A"] }]);
        await SnapshotUntil(s => Row(s, "g1").Alert == AlertCodes.SeededEarlyJoin, "the early-join warning after re-registration");

        await Ingest(Ev.Chat("neg-1", "g1", "m2", "这就是骗子"));
        var board = await Wait.Until(() => Cues.GetBoard(new CueBoardQuery()), b => b.Rows.Count == 1, "the counter cue");
        Assert.Equal((CueKind.CounterNegative, "托A"), (board.Rows[0].Cue.Kind, board.Rows[0].Cue.Target));
    }
}
