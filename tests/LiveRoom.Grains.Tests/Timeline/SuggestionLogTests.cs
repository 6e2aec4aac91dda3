using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Grains.Tests.Cluster;
using LiveRoom.Grains.Timeline;

namespace LiveRoom.Grains.Tests.Timeline;

public class SuggestionLogTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private static SuggestionShown SoldOut => new("sku-sold-out:sku:cup", "sku-sold-out", "建议预案「爆款售罄」：保温杯", []);

    private static SuggestionShown Spike(params string[] groups) =>
        new($"negative-wave:groups:{string.Join(",", groups)}", "negative-wave", "建议预案「负面舆情」", groups);

    [Fact]
    public async Task Each_card_is_on_the_timeline_once_however_many_dashboards_report_it()
    {
        var launch = $"sg-{Guid.NewGuid():N}";
        var log = Client.GetGrain<ISuggestionLogGrain>(launch);

        // Three dashboards show the same card at once; one of them also sees a spike card.
        var counts = await Task.WhenAll(log.Shown([SoldOut]), log.Shown([SoldOut]), log.Shown([SoldOut, Spike("g1")]));
        Assert.Equal(2, counts.Sum());
        Assert.Equal(0, await log.Shown([SoldOut, Spike("g1")]));
        // A new group joining the spike is a new card (the board's key changes with the set).
        Assert.Equal(1, await log.Shown([Spike("g1", "g2")]));

        var entries = (await Client.GetGrain<ILaunchTimelineGrain>(launch).Read(0, 100)).Entries;
        Assert.All(entries, e => Assert.Equal((TimelineKind.Playbook, SuggestionLogGrain.Action, TimelineActors.System), (e.Kind, e.Action, e.Actor)));
        Assert.Equal(["negative-wave", "negative-wave", "sku-sold-out"], entries.Select(e => e.RefId).Order());
        Assert.Contains(entries, e => e.GroupIds.SequenceEqual(["g1", "g2"]));
    }
}
