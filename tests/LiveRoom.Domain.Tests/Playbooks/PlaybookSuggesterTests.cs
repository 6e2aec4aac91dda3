using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Domain.Tests.Playbooks;

public class PlaybookSuggesterTests
{
    private static readonly PlaybookDefinition SoldOut = new() { Id = "so", Name = "售罄", SuggestOn = PlaybookSignal.SkuSoldOut };
    private static readonly PlaybookDefinition Negative = new() { Id = "neg", Name = "负面", SuggestOn = PlaybookSignal.NegativeSpike };
    private static readonly PlaybookDefinition Stalled = new() { Id = "st", Name = "归零", SuggestOn = PlaybookSignal.OrdersStalled };
    private static readonly PlaybookDefinition Manual = new() { Id = "m", Name = "手动" };

    [Fact]
    public void Sold_out_skus_not_yet_paused_and_spiking_groups_bring_up_their_playbooks()
    {
        var skus = new[]
        {
            new Domain.Launches.SkuInventory { SkuId = "a", Name = "A", SoldOut = true },
            new Domain.Launches.SkuInventory { SkuId = "b", Name = "B", SoldOut = true, Paused = true },
            new Domain.Launches.SkuInventory { SkuId = "c", Name = "C" },
        };
        var s = PlaybookSuggester.Suggest([SoldOut, Negative, Stalled, Manual], new BoardSignals(LaunchPhase.Live, skus, [("g7", "群7"), ("g3", "群3")], OrdersStalled: false));
        Assert.Equal(["so:sku:a", "neg:groups:g3,g7"], s.Select(x => x.Key));
        Assert.Equal("a", s[0].SkuId);
        Assert.Equal(ScopeKind.Groups, s[1].Scope.Kind);
        Assert.Equal(["g3", "g7"], s[1].Scope.GroupIds);
        Assert.Equal("群7 +1", s[1].Subject);
    }

    [Fact]
    public void Orders_stall_only_when_live_with_earlier_orders_and_none_in_the_last_minutes()
    {
        Domain.Shared.MinuteBucket Orders(int n) => new() { Orders = n };
        var series = new Dictionary<long, Domain.Shared.MinuteBucket> { [100] = Orders(5), [101] = Orders(0) };
        Assert.True(PlaybookSuggester.OrdersStalled(LaunchPhase.Live, series, 105));
        Assert.False(PlaybookSuggester.OrdersStalled(LaunchPhase.Closing, series, 105));
        Assert.False(PlaybookSuggester.OrdersStalled(LaunchPhase.Live, series, 102));
        Assert.False(PlaybookSuggester.OrdersStalled(LaunchPhase.Live, new Dictionary<long, Domain.Shared.MinuteBucket>(), 105));
    }
}
