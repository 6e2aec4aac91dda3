using LiveRoom.LoadTests.Model;
using LiveRoom.LoadTests.Run;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Tests;

/// <summary>What the run's metrics keep per channel and per event kind, and how every attempt's status counts.</summary>
public sealed class RequestMetricsTests
{
    private static readonly WireOutcome Ok = new(200, false);
    private static readonly WireOutcome Unavailable = new(503, false);

    private static RunMetrics Metrics() => new(new RunTimeline(10));

    private static ModelEvent E(ModelKind kind) => new(0, kind, 0, 0, 0);

    private static void Answer(RunMetrics m, WireRequest r, long micros, params WireOutcome[] attempts)
    {
        m.Started();
        m.Answered(r, 0, micros, new Delivery(attempts));
    }

    [Fact]
    public void A_request_carrying_several_kinds_counts_its_latency_for_each_kind_once()
    {
        var m = Metrics();
        Answer(m, new WireRequest(0, Channel.Bot, [E(ModelKind.Chat), E(ModelKind.Chat), E(ModelKind.ChainPost), E(ModelKind.Join)]), 40_000, Ok);
        Answer(m, new WireRequest(0, Channel.Bot, [E(ModelKind.Chat)]), 2_000, Ok);

        var chat = m.Kinds[ModelKind.Chat].Result();
        Assert.Equal(2, chat.Requests);
        Assert.Equal(3, chat.Events);
        Assert.Equal(40, chat.Latency.Max, 0);
        Assert.Equal(2, chat.Latency.P50, 0);
        var chain = m.Kinds[ModelKind.ChainPost].Result();
        Assert.Equal((1L, 1L), (chain.Requests, chain.Events));
        Assert.Equal(40, chain.Latency.P50, 0);
        Assert.Equal(1, m.Kinds[ModelKind.Join].Requests);
        Assert.Equal(0, m.Kinds[ModelKind.Order].Requests);
        // The channel sees the two requests once each, with all their events.
        Assert.Equal((2L, 5L), (m.Channels[Channel.Bot].Requests, m.Channels[Channel.Bot].Events));
    }

    [Fact]
    public void Statuses_count_every_attempt_so_a_retried_503_is_not_hidden()
    {
        var m = Metrics();
        Answer(m, new WireRequest(0, Channel.Order, [E(ModelKind.Order)]), 600_000, Unavailable, Unavailable, Ok);
        Answer(m, new WireRequest(0, Channel.Order, [E(ModelKind.Refund)]), 1_000, Ok);

        foreach (var result in new[] { m.Channels[Channel.Order].Result(), m.Kinds[ModelKind.Order].Result() })
        {
            Assert.Equal(0, result.Errors);
            Assert.Equal(2, result.ByStatus["503"]);
            Assert.Equal(2, result.ServerErrors);
        }
        Assert.Equal(2, m.Channels[Channel.Order].Result().ByStatus["200"]); // the retry's and the refund's
        Assert.Equal(0, m.Kinds[ModelKind.Refund].ServerErrors);
    }

    [Fact]
    public void A_request_that_failed_on_every_attempt_is_an_error_of_each_kind_it_carried()
    {
        var m = Metrics();
        Answer(m, new WireRequest(0, Channel.Beacon, [E(ModelKind.PageView), E(ModelKind.PageView)]), 1_000, new WireOutcome(0, false), Unavailable);

        var pv = m.Kinds[ModelKind.PageView].Result();
        Assert.Equal((1L, 0L, 1L), (pv.Errors, pv.Events, pv.ServerErrors));
        Assert.Equal(1, pv.ByStatus["no answer"]);
    }

    [Fact]
    public void Malformed_webhooks_are_a_channel_of_their_own_not_an_event_kind()
    {
        var m = Metrics();
        Answer(m, new WireRequest(0, Channel.Malformed, [E(ModelKind.PageView)], Malformation.BrokenJson), 1_000, new WireOutcome(400, false));

        Assert.Equal(0, m.Channels[Channel.Malformed].Errors);
        Assert.All(m.Kinds.Values, k => Assert.Equal(0, k.Requests));
    }
}
