using LiveRoom.Grains.Cues;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Shared;
using LiveRoom.Grains.Tests.Cluster;

namespace LiveRoom.Grains.Tests.Cues;

/// <summary>A launch's cue rules carry its own mood words, and its groups read chat with them.</summary>
public class LaunchLexiconTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private ILaunchCuesGrain Cues => Client.GetGrain<ILaunchCuesGrain>(LaunchId);

    [Fact]
    public async Task The_rules_lexicon_decides_what_a_group_counts_as_negative()
    {
        await CreateLaunch([Group("g1")]);
        await Cues.SetRules("""{ "lexicon": { "negativeTerms": ["过敏"] } }""", "tester");
        await Ingest(Ev.Chat("c1", "g1", "m1", "用了就过敏"), Ev.Chat("c2", "g1", "m2", "骗子"));
        await Settled("g1");

        var mood = (await Client.GetGrain<IGroupGrain>(GroupKey.Of(LaunchId, "g1")).GetDetail()).Mood;
        // 过敏 is the launch's word; 骗子 is only in the built-in lexicon the rules replaced.
        Assert.Equal(1, mood.Negatives);
        Assert.Equal("用了就过敏", Assert.Single(mood.RecentNegatives).Text);
    }
}
