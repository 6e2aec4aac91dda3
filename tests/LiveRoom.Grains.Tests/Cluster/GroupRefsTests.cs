using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Tests.Cluster;

public class GroupRefsTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    [Fact]
    public async Task A_resolved_reference_is_the_group_grain_that_GetGrain_returns()
    {
        await CreateLaunch([Group("g1"), Group("g2")]);
        var refs = new GroupRefs(Client);

        var g1 = refs.Get(LaunchId, "g1");
        Assert.Equal(Client.GetGrain<IGroupGrain>(GroupKey.Of(LaunchId, "g1")).GetGrainId(), g1.GetGrainId());
        Assert.NotEqual(g1.GetGrainId(), refs.Get(LaunchId, "g2").GetGrainId());

        await Ingest(Ev.Chat("c1", "g1"));
        Assert.Equal(1, (await g1.GetDetail()).Stats.Messages);
    }
}
