using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Ingestion;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Tests.Ingestion;

public class PageErrorBufferTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static LaunchEvent Error(string id, DateTimeOffset at, string? code = null, string? message = null) =>
        new() { Kind = EventKind.PageError, Id = id, GroupId = "g1", At = at, Code = code, Text = message };

    [Fact]
    public void Page_errors_are_counted_per_minute_with_the_latest_one_and_replays_dropped()
    {
        var buffer = new IngestBuffer(Options.Create(new PipelineOptions { PageViewDedupWindow = 1_000 }));
        var dupes = buffer.Add("L1", [
            Error("e1", T.AddSeconds(5), "js", "x is undefined"),
            Error("e2", T.AddSeconds(50), "checkout", "HTTP 502"),
            Error("e3", T.AddSeconds(20), "promise"),
            Error("e4", T.AddMinutes(1)),
            Error("e1", T.AddSeconds(5), "js", "x is undefined"), // the beacon retried its batch
            new LaunchEvent { Kind = EventKind.PageView, Id = "p1", GroupId = "g1", VisitorId = "v1", At = T },
        ]);

        Assert.Equal(1, dupes);
        var delta = Assert.Single(buffer.Drain()).Delta;
        Assert.Equal(new Dictionary<long, int> { [UnixMinute.Of(T)] = 3, [UnixMinute.Of(T) + 1] = 1 }, delta.PageErrorsByMinute);
        Assert.Equal(1, delta.PageViewsByMinute[UnixMinute.Of(T)]); // errors are not page views…
        Assert.Single(delta.Visitors);                               // …nor visitors
        Assert.Equal((T.AddMinutes(1), (string?)null), (delta.LastError!.At, delta.LastError.Text));
        Assert.Equal(T.AddMinutes(1), delta.LastAt);
    }

    [Fact]
    public void The_last_error_text_joins_code_and_message()
    {
        var buffer = new IngestBuffer(Options.Create(new PipelineOptions { PageViewDedupWindow = 1_000 }));
        buffer.Add("L1", [Error("e1", T, "js", "boom"), Error("e2", T.AddSeconds(1), "checkout", "HTTP 502")]);
        Assert.Equal("checkout: HTTP 502", Assert.Single(buffer.Drain()).Delta.LastError!.Text);
        buffer.Add("L1", [Error("e3", T.AddSeconds(2), message: "only a message")]);
        Assert.Equal("only a message", Assert.Single(buffer.Drain()).Delta.LastError!.Text);
    }
}
