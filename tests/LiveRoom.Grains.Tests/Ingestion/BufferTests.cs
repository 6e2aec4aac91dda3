using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Shared;
using LiveRoom.Grains.Groups;
using LiveRoom.Grains.Ingestion;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Tests.Ingestion;

public class IngestBufferTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static LaunchEvent PageView(string id, string group, string visitor, DateTimeOffset at) =>
        new() { Kind = EventKind.PageView, Id = id, GroupId = group, VisitorId = visitor, At = at };

    private static IngestBuffer Buffer() => new(Options.Create(new PipelineOptions { PageViewDedupWindow = 1_000 }));

    [Fact]
    public void Aggregates_page_views_per_launch_group_and_minute()
    {
        var buffer = Buffer();
        var dupes = buffer.Add("L1", [
            PageView("p1", "g1", "v1", T),
            PageView("p2", "g1", "v1", T.AddSeconds(10)),
            PageView("p3", "g1", "v2", T.AddMinutes(1)),
            PageView("p4", "g2", "v1", T),
        ]);
        buffer.Add("L2", [PageView("p1", "g1", "v9", T)]); // same event id in another launch is not a replay

        Assert.Equal(0, dupes);
        var drained = buffer.Drain().ToDictionary(d => (d.LaunchId, d.GroupId), d => d.Delta);
        Assert.Equal(3, drained.Count);

        var g1 = drained[("L1", "g1")];
        Assert.Equal(2, g1.PageViewsByMinute[UnixMinute.Of(T)]);
        Assert.Equal(1, g1.PageViewsByMinute[UnixMinute.Of(T) + 1]);
        Assert.Equal(2, g1.Visitors.Count);
        Assert.Equal(T.AddMinutes(1), g1.LastAt);
        Assert.Single(drained[("L1", "g2")].Visitors);

        Assert.Empty(buffer.Drain());
    }

    [Fact]
    public void A_partial_that_could_not_reach_its_group_goes_again_with_the_next_flush()
    {
        var buffer = Buffer();
        buffer.Add("L1", [PageView("p1", "g1", "v1", T)]);
        var unsent = Assert.Single(buffer.Drain());
        buffer.Add("L1", [PageView("p2", "g1", "v2", T)]);

        buffer.Requeue(unsent.LaunchId, unsent.GroupId, unsent.Delta);

        var next = buffer.Drain();
        Assert.Equal(2, next.Count);
        Assert.All(next, p => Assert.Equal(("L1", "g1"), (p.LaunchId, p.GroupId)));
        Assert.Equal(2, next.Sum(p => p.Delta.PageViewsByMinute.Values.Sum()));
        Assert.Empty(buffer.Drain());
    }

    [Fact]
    public void Replayed_page_view_ids_are_dropped_across_flushes()
    {
        var buffer = Buffer();
        buffer.Add("L1", [PageView("p1", "g1", "v1", T)]);
        buffer.Drain();
        Assert.Equal(2, buffer.Add("L1", [PageView("p1", "g1", "v1", T), PageView("p2", "g1", "v1", T), PageView("p2", "g1", "v1", T)]));
        var delta = Assert.Single(buffer.Drain()).Delta;
        Assert.Equal(1, delta.PageViewsByMinute.Values.Sum());
    }

    [Fact]
    public void A_visitor_keeps_the_earliest_minute_it_was_seen()
    {
        var buffer = Buffer();
        buffer.Add("L1", [PageView("p1", "g1", "v1", T.AddMinutes(5)), PageView("p2", "g1", "v1", T)]);
        var seen = Assert.Single(Assert.Single(buffer.Drain()).Delta.Visitors);
        Assert.Equal(VisitorHash.Of("v1"), seen.Hash);
        Assert.Equal(UnixMinute.Of(T), seen.Minute);
    }
}

public class GroupReportBufferTests
{
    private static GroupReport Report(string group, long version, int pageViews) =>
        new(group, new GroupStats { Version = version }, [new SeriesPoint(1, new MinuteBucket { PageViews = pageViews })], [], null);

    [Fact]
    public void Merges_reports_of_a_group_between_drains_and_batches_per_launch()
    {
        var buffer = new GroupReportBuffer();
        buffer.Add("L1", Report("g1", 1, 2));
        buffer.Add("L1", Report("g1", 2, 3));
        buffer.Add("L1", Report("g2", 1, 1));
        buffer.Add("L2", Report("g1", 7, 1));

        var drained = buffer.Drain().ToDictionary(d => d.LaunchId, d => d.Reports);
        Assert.Equal(2, drained.Count);
        var g1 = drained["L1"].Single(r => r.GroupId == "g1");
        Assert.Equal(2, g1.Stats.Version);
        Assert.Equal(5, g1.SeriesDelta.Single().Counts.PageViews);
        Assert.Equal(2, drained["L1"].Count);
        Assert.Single(drained["L2"]);
        Assert.Empty(buffer.Drain());
    }

    [Fact]
    public void Every_group_of_every_launch_is_drained_once_whichever_stripe_it_lands_in()
    {
        var buffer = new GroupReportBuffer();
        var groups = Enumerable.Range(0, 200).Select(i => $"g{i}").ToList();
        foreach (var launch in new[] { "L1", "L2" })
        {
            foreach (var g in groups) buffer.Add(launch, Report(g, 1, 1));
            foreach (var g in groups) buffer.Add(launch, Report(g, 2, 2));
        }

        var drained = buffer.Drain().ToDictionary(d => d.LaunchId, d => d.Reports);
        Assert.Equal(["L1", "L2"], drained.Keys.Order());
        foreach (var reports in drained.Values)
        {
            Assert.Equal(groups.Order(), reports.Select(r => r.GroupId).Order());
            Assert.All(reports, r => Assert.Equal(2, r.Stats.Version));
            Assert.All(reports, r => Assert.Equal(3, r.SeriesDelta.Single().Counts.PageViews));
        }
        Assert.Empty(buffer.Drain());
    }

    [Fact]
    public void Reports_put_back_after_a_failed_flush_never_hide_a_newer_version()
    {
        var buffer = new GroupReportBuffer();
        buffer.Add("L1", Report("g1", 1, 2));
        var failed = buffer.Drain().Single();
        buffer.Add("L1", Report("g1", 2, 3)); // arrived while the failed call was in flight

        buffer.Requeue(failed.LaunchId, failed.Reports);

        var g1 = buffer.Drain().Single().Reports.Single();
        Assert.Equal(2, g1.Stats.Version);
        Assert.Equal(5, g1.SeriesDelta.Single().Counts.PageViews);
    }
}
