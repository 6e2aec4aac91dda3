using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Grains.Tests.Cluster;

public class UniqueVisitorTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    [Fact]
    public async Task Twenty_thousand_visitors_across_fifty_groups_are_counted_exactly()
    {
        const int groupCount = 50;
        const int visitors = 20_000;
        const int views = 50_000;
        var groups = Enumerable.Range(0, groupCount).Select(i => $"g{i:00}").ToArray();
        await CreateLaunch(groups.Select(g => Group(g)));

        // Every visitor at least once, then repeats: the same visitor in the same group and in other groups.
        var random = new Random(20261124);
        var events = new List<LaunchEvent>(views);
        for (var i = 0; i < views; i++)
        {
            var visitor = i < visitors ? i : random.Next(visitors);
            var group = groups[random.Next(groupCount)];
            events.Add(Ev.PageView($"pv-{i}", group, $"visitor-{visitor}"));
        }
        foreach (var batch in events.Chunk(1_000)) Assert.Equal(0, await Ingest(batch));

        var s = await SnapshotUntil(s => s.Totals.PageViews == views, $"{views} page views");

        Assert.Equal(visitors, s.Totals.UniqueVisitors);
        Assert.Equal(visitors, s.Series.Sum(p => p.Counts.UniqueVisitors));
        var expectedPerGroup = events.GroupBy(e => e.GroupId!).ToDictionary(g => g.Key, g => g.Select(e => e.VisitorId).Distinct().Count());
        foreach (var g in groups)
        {
            var row = Row(s, g);
            Assert.Equal(expectedPerGroup[g], row.UniqueVisitors);
            Assert.Equal(events.Count(e => e.GroupId == g), row.PageViews);
        }
        // Repeats across groups make the sum of group UVs larger than the launch's.
        Assert.True(s.Groups.Sum(r => r.UniqueVisitors) > visitors);
    }

    [Fact]
    public async Task Replayed_page_views_in_a_batch_are_dropped()
    {
        await CreateLaunch([Group("g1")]);
        var dupes = await Ingest(
            Ev.PageView("pv1", "g1", "a"),
            Ev.PageView("pv1", "g1", "a"),
            Ev.PageView("pv2", "g1", "a"),
            Ev.PageView("pv3", "g1", "b"));

        Assert.Equal(1, dupes);
        var s = await SnapshotUntil(s => s.Totals.PageViews >= 3, "three page views");
        await Settled("g1");
        s = await Snapshot();
        Assert.Equal(3, s.Totals.PageViews);
        Assert.Equal(2, s.Totals.UniqueVisitors);
        Assert.Equal(2, Row(s, "g1").UniqueVisitors);
    }
}
