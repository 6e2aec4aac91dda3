using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Smoke;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Tests;

/// <summary>Chaos changes how events travel, never what they mean: LiveRoom's rules still arrive at the model's truth.</summary>
public sealed class ChaosTests
{
    private const long Start = 1_795_000_000_000;
    private static readonly LaunchScript Script = Models.Small;
    private static readonly ChaosOptions Heavy = new(Duplicate: 20, Reorder: 20, Delay: 20, Malformed: 10);

    private static LedgerReplay Replay(ChaosOptions chaos)
    {
        var replica = new LedgerReplay(Script, Start);
        replica.Apply(WirePlanner.Plan(Script, chaos, 100));
        return replica;
    }

    [Fact]
    public void Without_chaos_the_traffic_means_exactly_the_truth() =>
        Assert.Empty(TruthCheck.Compare(Script.Truth, Replay(ChaosOptions.None).Snapshot()));

    [Fact]
    public void Duplicated_reordered_delayed_and_malformed_webhooks_leave_the_truth_unchanged()
    {
        var replica = Replay(Heavy);
        Assert.Empty(TruthCheck.Compare(Script.Truth, replica.Snapshot()));
        Assert.Equal(0, replica.MalformedAccepted);
    }

    [Fact]
    public void Chaos_really_duplicates_reorders_and_adds_malformed_requests()
    {
        var plain = WirePlanner.Plan(Script, ChaosOptions.None, 100);
        var chaotic = WirePlanner.Plan(Script, Heavy, 100);
        var plainEvents = plain.Sum(r => r.Events.Length);
        var sent = chaotic.Where(r => r.Broken is null).Sum(r => r.Events.Length);
        Assert.InRange(sent - plainEvents, plainEvents * 0.15, plainEvents * 0.25);
        Assert.InRange(chaotic.Count(r => r.Channel == Channel.Malformed), plainEvents * 0.07, plainEvents * 0.13);
        // Reordering: the order of chain posts on the wire is no longer their order in the chain.
        var posts = chaotic.SelectMany(r => r.Events).Where(e => e.Kind == ModelKind.ChainPost).Select(e => e.AtMs).ToList();
        Assert.Contains(posts.Zip(posts.Skip(1)), p => p.Second < p.First);
        Assert.Equal(Enum.GetValues<Malformation>().Length, chaotic.Where(r => r.Broken is not null).Select(r => r.Broken).Distinct().Count());
    }

    [Fact]
    public void The_replica_catches_traffic_that_means_something_else()
    {
        // Dropping one request of orders must show: the replica is a real judge, not an echo.
        var requests = WirePlanner.Plan(Script, ChaosOptions.None, 100);
        var firstOrder = requests.First(r => r.Events[0] is { Kind: ModelKind.Order } e && !Script.Orders[e.Arg].Refunded);
        var replica = new LedgerReplay(Script, Start);
        replica.Apply(requests.Where(r => r != firstOrder));
        Assert.NotEmpty(TruthCheck.Compare(Script.Truth, replica.Snapshot()));
    }

    [Fact]
    public void Chaos_percentages_outside_0_to_100_are_refused_by_name() =>
        Assert.Contains("--chaos-duplicate", Assert.Throws<ArgumentException>(() => new ChaosOptions(Duplicate: 101).Validate()).Message);
}
