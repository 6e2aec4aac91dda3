using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Ingestion;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Tests.Cluster;
using Microsoft.Extensions.Configuration;

namespace LiveRoom.Grains.Tests.Ingestion;

/// <summary>The embedded mode's settings: acknowledged before any write, and no periodic group write.</summary>
public sealed class VolatileStorageFixture() : ClusterFixture(new ConfigurationBuilder()
    .AddConfiguration(Configuration)
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        [$"{PipelineOptions.Section}:{nameof(PipelineOptions.DurableStorage)}"] = "false",
    })
    .Build());

/// <summary>
/// With a volatile store a group grain writes its state only when it deactivates (no timer), so
/// that write is what keeps a group's chat, chains and orders across an idle deactivation.
/// </summary>
public class VolatileStorageTests(VolatileStorageFixture fixture) : ClusterTest(fixture), IClassFixture<VolatileStorageFixture>
{
    [Fact]
    public async Task A_group_written_only_on_deactivation_keeps_its_chat_chain_and_orders()
    {
        await CreateLaunch([Group("g1")]);
        LaunchEvent[] events =
        [
            Ev.Chat("c1", "g1", text: "#接龙\n周四福利\n1. 李姐 1盒\n2. 小雨 2"),
            Ev.Chat("c2", "g1", text: "什么时候发货？"),
            Ev.Order("p1", "g1", "o1", OrderStatus.Paid, amount: 40m),
        ];
        Assert.Equal(0, await Ingest(events));
        var group = Client.GetGrain<IGroupGrain>(GroupKey.Of(LaunchId, "g1"));

        await Fixture.Cluster.DeactivateAsync(group);

        // The new activation read the state written on deactivation: replays are recognised...
        Assert.Equal(events.Length, await Ingest(events));
        var after = await group.GetDetail();
        // ...and the counts, the chain and the mood window are back.
        Assert.Equal(2, after.Stats.Messages);
        Assert.Equal(2, after.Stats.Signups);
        Assert.Equal(1, after.Stats.Orders);
        Assert.Equal(40m, after.Stats.Gmv);
        Assert.Single(after.Mood.OpenQuestions);
    }
}
