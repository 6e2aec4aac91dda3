using System.Diagnostics;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Grains.Launches;

namespace LiveRoom.Grains.Tests.Cluster;

public class ObserverTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private async Task<(UpdateRecorder Recorder, ILaunchObserver Reference)> Subscribe()
    {
        var recorder = new UpdateRecorder();
        var reference = Client.CreateObjectReference<ILaunchObserver>(recorder);
        await Launch.Subscribe(reference);
        return (recorder, reference);
    }

    /// <summary>
    /// Seq numbers the updates in the order the grain produced them: distinct, and in Seq order the
    /// (only growing) totals never go back. Arrival order is NOT asserted: OnUpdate is one-way and
    /// Orleans does not guarantee the order of one-way messages; with two silos the first updates
    /// to a new observer were seen arriving as 7, 5, 3, 4, 6. Receivers must order by Seq.
    /// </summary>
    /// <summary>Updates are diffs, so they must arrive in the order they were made: seq rises with arrival.</summary>
    private static void AssertSeqOrdersTheUpdates(IReadOnlyList<LaunchUpdate> updates)
    {
        Assert.Equal(updates.Select(u => u.Seq).Order(), updates.Select(u => u.Seq));
        Assert.Equal(updates.Count, updates.Select(u => u.Seq).Distinct().Count());
        var bySeq = updates.ToList();
        Assert.All(bySeq.Zip(bySeq.Skip(1)), p =>
        {
            Assert.True(p.Second.Totals.Orders >= p.First.Totals.Orders, $"orders went back from seq {p.First.Seq} to {p.Second.Seq}");
            Assert.True(p.Second.Totals.PageViews >= p.First.Totals.PageViews, $"page views went back from seq {p.First.Seq} to {p.Second.Seq}");
            Assert.True(p.Second.ServerTime >= p.First.ServerTime, $"server time went back from seq {p.First.Seq} to {p.Second.Seq}");
        });
    }

    private static Task<LaunchUpdate> Received(UpdateRecorder recorder, Func<LaunchUpdate, bool> match, string what) =>
        Wait.Until(() => recorder.Updates.LastOrDefault(match), u => u is not null, what)!;

    [Fact]
    public async Task Updates_carry_only_the_groups_that_changed_with_increasing_seq()
    {
        // Warm-up: no silence watching, so nothing changes unless an event arrives.
        await CreateLaunch(Enumerable.Range(1, 5).Select(i => Group($"g{i}")), startsAt: DateTimeOffset.UtcNow.AddHours(1));
        var (recorder, reference) = await Subscribe();
        try
        {
            // A new subscriber may have missed earlier updates, so it first gets the whole board.
            var initial = await Received(recorder, u => u.Groups.Count == 5, "the whole board for a new subscriber");
            await Ingest(Ev.Order("e1", "g1", "o1", OrderStatus.Paid));
            var first = await Received(recorder, u => u.Groups.Any(g => g.Id == "g1" && g.Orders == 1), "an update with g1's order");
            Assert.Equal(["g1"], first.Groups.Select(g => g.Id));
            Assert.Equal(1, first.Totals.Orders);

            await Ingest(Ev.Order("e2", "g2", "o2", OrderStatus.Paid, amount: 10m));
            var second = await Received(recorder, u => u.Seq > first.Seq && u.Groups.Any(g => g.Id == "g2"), "an update with g2");
            Assert.Equal(["g2"], second.Groups.Select(g => g.Id));
            Assert.Equal(2, second.Totals.Orders);
            Assert.True(second.Seq > first.Seq);

            var updates = recorder.Updates.Where(u => u.Seq > initial.Seq).ToList();
            Assert.All(updates, u => Assert.Equal(LaunchId, u.LaunchId));
            AssertSeqOrdersTheUpdates(updates);
            Assert.DoesNotContain(updates.SelectMany(u => u.Groups), g => g.Id is "g3" or "g4" or "g5");
            Assert.All(updates, u => Assert.True(u.Groups.Count <= 1, $"update {u.Seq} carried {u.Groups.Count} groups"));
        }
        finally
        {
            await Launch.Unsubscribe(reference);
        }
    }

    [Fact]
    public async Task Nothing_is_sent_while_nothing_changes()
    {
        await CreateLaunch([Group("g1")], startsAt: DateTimeOffset.UtcNow.AddHours(1));
        var (recorder, reference) = await Subscribe();
        try
        {
            await Ingest(Ev.Order("e1", "g1", "o1", OrderStatus.Paid));
            await Received(recorder, u => u.Totals.Orders == 1, "the order");
            var lastSeq = recorder.Updates.Max(u => u.Seq);

            // A replay changes nothing, so ten ticks pass without an update (the poll only paces the wait).
            Assert.Equal(1, await Ingest(Ev.Order("e1", "g1", "o1", OrderStatus.Paid)));
            var quietSince = recorder.Now;
            await Wait.Until(() => recorder.Now - quietSince, t => t > ClusterFixture.Tick * 10, "ten ticks to pass");
            Assert.Equal(lastSeq, recorder.Updates.Max(u => u.Seq));
        }
        finally
        {
            await Launch.Unsubscribe(reference);
        }
    }

    [Fact]
    public async Task A_burst_of_events_yields_at_most_one_update_per_tick_numbered_in_order()
    {
        var groups = Enumerable.Range(1, 20).Select(i => $"g{i}").ToArray();
        await CreateLaunch(groups.Select(g => Group(g)));
        var (recorder, reference) = await Subscribe();
        try
        {
            var start = recorder.Now;
            var sent = 0;
            var burst = Stopwatch.StartNew();
            var n = 0;
            while (burst.Elapsed < TimeSpan.FromSeconds(1.5))
            {
                var batch = new List<LaunchEvent>();
                for (var i = 0; i < 100; i++, n++)
                {
                    var g = groups[n % groups.Length];
                    batch.Add(n % 2 == 0
                        ? Ev.PageView($"pv{n}", g, $"v{n % 5_000}")
                        : Ev.Order($"e{n}", g, $"o{n}", OrderStatus.Paid, amount: 1m));
                }
                await Ingest(batch);
                sent += batch.Count;
            }
            var orders = sent / 2;
            var last = await Received(recorder, u => u.Totals.Orders == orders && u.Totals.PageViews == sent - orders, "the final totals");
            var elapsed = recorder.Now - start;

            var received = recorder.Received.Where(r => r.At >= start).ToList();
            var bound = (int)(elapsed / ClusterFixture.Tick) + 3;
            Assert.InRange(received.Count, 2, bound);
            Assert.True(sent > 20 * received.Count, $"{sent} events made {received.Count} updates");
            AssertSeqOrdersTheUpdates(received.Select(r => r.Update).ToList());
            Assert.Equal(orders * 1m, last.Totals.Gmv);
            Assert.Equal(received.Max(r => r.Update.Seq), last.Seq);
        }
        finally
        {
            await Launch.Unsubscribe(reference);
        }
    }

    [Fact]
    public async Task An_unsubscribed_observer_receives_nothing_more()
    {
        await CreateLaunch([Group("g1")], startsAt: DateTimeOffset.UtcNow.AddHours(1));
        var (recorder, reference) = await Subscribe();
        await Ingest(Ev.Order("e1", "g1", "o1", OrderStatus.Paid));
        await Received(recorder, u => u.Totals.Orders == 1, "the first order");
        await Launch.Unsubscribe(reference);

        // A second observer proves updates keep flowing while the first hears nothing.
        var (witness, witnessReference) = await Subscribe();
        try
        {
            await Ingest(Ev.Order("e2", "g1", "o2", OrderStatus.Paid));
            var after = await Received(witness, u => u.Totals.Orders == 2, "the second order at the witness");
            // Updates produced after the unsubscribe (Seq at least the witness's) never reach the first observer.
            Assert.DoesNotContain(recorder.Updates, u => u.Seq >= after.Seq || u.Totals.Orders == 2);
        }
        finally
        {
            await Launch.Unsubscribe(witnessReference);
        }
    }

    [Fact]
    public async Task Setup_changes_and_phase_overrides_reach_observers()
    {
        await CreateLaunch([Group("g1")], startsAt: DateTimeOffset.UtcNow.AddHours(1));
        var (recorder, reference) = await Subscribe();
        try
        {
            await Launch.RegisterGroups([Group("g2")]);
            var setup = await Received(recorder, u => u.Launch?.GroupCount == 2, "an update announcing the new group");
            Assert.Equal(LaunchPhase.Warmup, setup.Phase);

            await Launch.SetPhaseOverride(LaunchPhase.Live);
            var live = await Received(recorder, u => u.Phase == LaunchPhase.Live, "an update in the overridden phase");
            Assert.NotNull(live.Launch);
            Assert.Equal(LaunchPhase.Live, live.Launch.Definition.PhaseOverride);
            Assert.True(live.Seq > setup.Seq);
        }
        finally
        {
            await Launch.Unsubscribe(reference);
        }
    }
}
