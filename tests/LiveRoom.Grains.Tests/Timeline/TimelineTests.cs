using LiveRoom.Domain.Timeline;
using LiveRoom.Grains.Tests.Cluster;
using LiveRoom.Grains.Timeline;

namespace LiveRoom.Grains.Tests.Timeline;

public class TimelineTests(ClusterFixture fixture) : ClusterTest(fixture)
{
    private static TimelineEntry Entry(int i) => new()
    {
        At = DateTimeOffset.UnixEpoch.AddSeconds(i), Kind = TimelineKind.OperatorAction, Actor = "op", Action = "test", Summary = $"#{i}",
    };

    [Fact]
    public async Task Appends_across_pages_read_back_in_order_with_dense_sequences()
    {
        var timeline = Client.GetGrain<ILaunchTimelineGrain>($"tl-{Guid.NewGuid():N}");
        var total = LaunchTimelineGrain.PageSize * 2 + 37;
        // Concurrent appends (the grain is reentrant) must still get distinct, dense sequences.
        var batches = Enumerable.Range(0, total / 50 + 1)
            .Select(b => Enumerable.Range(b * 50, Math.Min(50, total - b * 50)).Select(Entry).ToList())
            .Where(b => b.Count > 0);
        await Task.WhenAll(batches.Select(b => timeline.Append(b)));

        var all = new List<TimelineEntry>();
        long from = 0;
        TimelineSlice page;
        do
        {
            page = await timeline.Read(from, 333);
            all.AddRange(page.Entries);
            from = page.Next;
        } while (page.Entries.Count > 0);

        Assert.Equal(total, page.Total);
        Assert.Equal(Enumerable.Range(0, total).Select(i => (long)i), all.Select(e => e.Sequence));
        Assert.Equal(Enumerable.Range(0, total).Select(i => $"#{i}").Order(), all.Select(e => e.Summary).Order());
    }

    [Fact]
    public async Task Reading_past_the_end_returns_nothing_and_the_total()
    {
        var timeline = Client.GetGrain<ILaunchTimelineGrain>($"tl-{Guid.NewGuid():N}");
        Assert.Equal(0, await timeline.Append([Entry(1), Entry(2)]));
        Assert.Equal(2, await timeline.Append([Entry(3)]));
        var page = await timeline.Read(10, 100);
        Assert.Empty(page.Entries);
        Assert.Equal(3, page.Total);
    }
}
