using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Groups;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Shared;

namespace LiveRoom.Grains.Tests.Cluster;

/// <summary>
/// The durable mode's write strategy: an acknowledged batch is one journal append; the group's
/// state is a snapshot written on a timer, after which the entries it holds are removed; an
/// activation replays what the snapshot does not hold (a node that died between the two).
/// </summary>
public class JournalTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private string Key(string group) => GroupKey.Of(LaunchId, group);

    [Fact]
    public async Task Acknowledged_events_are_journalled_then_the_snapshot_takes_them_over()
    {
        await CreateLaunch([Group("g1")]);
        await Ingest(Ev.Order("p1", "g1", "o1", OrderStatus.Paid, amount: 40m), Ev.Joined("j1", "g1", "u1"));

        // The snapshot (PersistInterval, 1 s in the tests) removes the entries it holds…
        await Wait.Until(() => ClusterFixture.Journal.Count(Key("g1")), n => n == 0, "the snapshot to take over the journal");

        // …and the state is whole after the group comes back.
        await Fixture.Cluster.DeactivateAsync(Client.GetGrain<IGroupGrain>(Key("g1")));
        var detail = await Client.GetGrain<IGroupGrain>(Key("g1")).GetDetail();
        Assert.Equal(1, detail.Stats.Orders);
        Assert.Equal(1, detail.Stats.Joins);
    }

    [Fact]
    public async Task An_activation_replays_entries_its_snapshot_does_not_hold_and_replays_stay_duplicates()
    {
        await CreateLaunch([Group("g1")]);
        // What a node that died after acknowledging, before its snapshot, leaves behind.
        await ClusterFixture.Journal.AppendAsync(Key("g1"), new JournalEntry(1, "dead", [Ev.Order("p1", "g1", "o1", OrderStatus.Paid, amount: 40m)]));
        await ClusterFixture.Journal.AppendAsync(Key("g1"), new JournalEntry(2, "dead", [Ev.Order("p2", "g1", "o2", OrderStatus.Paid, amount: 2m), Ev.Joined("j1", "g1", "u1")]));

        var detail = await Client.GetGrain<IGroupGrain>(Key("g1")).GetDetail();
        Assert.Equal(2, detail.Stats.Orders);
        Assert.Equal(42m, detail.Stats.Gmv);
        Assert.Equal(1, detail.Stats.Joins);

        // The shop retries what it never saw acknowledged: duplicates, counted once.
        Assert.Equal(2, await Ingest(Ev.Order("p1", "g1", "o1", OrderStatus.Paid, amount: 40m), Ev.Joined("j1", "g1", "u1")));
        var s = await Settled("g1");
        Assert.Equal(2, s.Totals.Orders);
        Assert.Equal(42m, s.Totals.Gmv);

        // New entries continue after the replayed ones, and the next snapshot removes them all.
        await Wait.Until(() => ClusterFixture.Journal.Count(Key("g1")), n => n == 0, "the snapshot to take over the replayed entries");
    }

    [Fact]
    public async Task A_membership_webhook_retried_after_the_snapshot_and_a_reactivation_is_still_a_duplicate()
    {
        await CreateLaunch([Group("g1")]);
        await Ingest(Ev.Joined("j1", "g1", "u1"), Ev.Joined("j2", "g1", "u2"));
        await Wait.Until(() => ClusterFixture.Journal.Count(Key("g1")), n => n == 0, "the snapshot to take over the journal");
        await Fixture.Cluster.DeactivateAsync(Client.GetGrain<IGroupGrain>(Key("g1")));

        // The ids came back with the snapshot's bounded window (RecentEventIds), not from the journal.
        Assert.Equal(1, await Ingest(Ev.Joined("j1", "g1", "u1"), Ev.Joined("j3", "g1", "u3")));
        var detail = await Client.GetGrain<IGroupGrain>(Key("g1")).GetDetail();
        Assert.Equal(3, detail.Stats.Joins);
    }

    [Fact]
    public void A_snapshot_from_before_the_bounded_window_keeps_its_ids()
    {
        var old = new GroupState { SeenEventIds = { "j1", "m7" } };
        GroupStateUpgrade.MoveSeenIds(old);
        Assert.Empty(old.SeenEventIds);
        Assert.False(old.RecentEventIds.Add("j1"));
        Assert.False(old.RecentEventIds.Add("m7"));
        Assert.True(old.RecentEventIds.Add("m8"));
    }
}
