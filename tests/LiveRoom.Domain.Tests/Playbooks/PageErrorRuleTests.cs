using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Tests.Playbooks;

public class PageErrorRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 20, TimeSpan.Zero);
    private static readonly long Minute = UnixMinute.Of(Now);
    private static readonly PageErrorRule Rule = new() { MinErrors = 5, MinGroups = 2, WindowMinutes = 1 };

    private static GroupRow Row(string id, DateTimeOffset? lastError, string? text = null) =>
        new() { Id = id, Name = id, LastPageErrorAt = lastError, PageErrors = lastError is null ? 0 : 1, LastPageError = text };

    private static Dictionary<long, MinuteBucket> Errors(params (long Minute, int Errors)[] points) =>
        points.ToDictionary(p => p.Minute, p => new MinuteBucket { PageErrors = p.Errors });

    [Fact]
    public void Enough_errors_in_the_window_from_enough_groups_while_live_hold()
    {
        var rows = new[] { Row("g2", Now.AddSeconds(-5), "checkout: HTTP 502"), Row("g1", Now.AddSeconds(-50), "js: x is undefined"), Row("g3", null) };
        var signal = Rule.Evaluate(LaunchPhase.Live, rows, Errors((Minute - 1, 3), (Minute, 2)), Now);
        Assert.NotNull(signal);
        Assert.Equal(5, signal.Errors);
        Assert.Equal(["g1", "g2"], signal.GroupIds);
        Assert.Equal("checkout: HTTP 502", signal.Example); // the latest error
    }

    [Fact]
    public void Too_few_errors_too_few_groups_old_errors_or_not_live_do_not()
    {
        var rows = new[] { Row("g1", Now.AddSeconds(-5)), Row("g2", Now.AddSeconds(-10)) };
        Assert.Null(Rule.Evaluate(LaunchPhase.Live, rows, Errors((Minute, 4)), Now));
        Assert.Null(Rule.Evaluate(LaunchPhase.Live, rows.Take(1), Errors((Minute, 9)), Now));
        // Errors two minutes ago are outside a one-minute window, in the series and on the rows.
        Assert.Null(Rule.Evaluate(LaunchPhase.Live, rows, Errors((Minute - 2, 50)), Now));
        Assert.Null(Rule.Evaluate(LaunchPhase.Live, [Row("g1", Now.AddMinutes(-3)), Row("g2", Now.AddSeconds(-1))], Errors((Minute, 9)), Now));
        Assert.Null(Rule.Evaluate(LaunchPhase.Countdown, rows, Errors((Minute, 9)), Now));
    }

    [Fact]
    public void A_wider_window_counts_more_minutes()
    {
        var rows = new[] { Row("g1", Now.AddMinutes(-2)), Row("g2", Now.AddSeconds(-1)) };
        var rule = Rule with { WindowMinutes = 3 };
        Assert.Equal(6, rule.Evaluate(LaunchPhase.Live, rows, Errors((Minute - 3, 4), (Minute, 2)), Now)?.Errors);
    }

    [Fact]
    public void The_page_error_playbooks_come_up_as_one_card_each_for_the_whole_launch()
    {
        var page = new PlaybookDefinition { Id = "sale-page-mobile", Name = "页面", SuggestOn = PlaybookSignal.PageError };
        var checkout = new PlaybookDefinition { Id = "checkout-link-broken", Name = "支付", SuggestOn = PlaybookSignal.PageError };
        var sold = new PlaybookDefinition { Id = "so", Name = "售罄", SuggestOn = PlaybookSignal.SkuSoldOut };
        var signal = new PageErrorSignal(12, ["g1", "g2", "g3"], "checkout: HTTP 502");

        var cards = PlaybookSuggester.Suggest([page, checkout, sold], new BoardSignals(LaunchPhase.Live, [], [], false, signal));
        Assert.Equal(["sale-page-mobile:page_error", "checkout-link-broken:page_error"], cards.Select(c => c.Key));
        Assert.All(cards, c => Assert.Equal((ScopeKind.Launch, "checkout: HTTP 502"), (c.Scope.Kind, c.Subject)));
        Assert.Empty(PlaybookSuggester.Suggest([page], new BoardSignals(LaunchPhase.Live, [], [], false)));
    }
}
