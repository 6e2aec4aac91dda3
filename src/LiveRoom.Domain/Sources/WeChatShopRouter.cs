namespace LiveRoom.Domain.Sources;

/// <summary>
/// Decides what one fetched WeChat shop order means for LiveRoom: its status mapped onto LiveRoom's
/// order states, each line placed like any platform's (<see cref="OrderPlacement"/>). Pure: the caller
/// applies the events and then commits the order record the decision carries.
/// </summary>
public static class WeChatShopRouter
{
    public const string OrderIdPrefix = "wxs";

    /// <param name="sourceGroupField">The source's own attribution path; a launch's mapping overrides it.</param>
    public static SourceDecision Decide(WeChatShopOrder order, TradeLedger ledger, IReadOnlyList<SourceMapping> mappings,
        IReadOnlyDictionary<string, LaunchTarget> launches, string? sourceGroupField, DateTimeOffset now)
    {
        if (WeChatShopEvents.Status(order.Status) is not { } status)
            return new SourceDecision(SourceVerdict.Ignored, "not-paid");

        var known = ledger.Find(order.OrderId);
        // update_time orders the answers: a fetch that overtook a newer one (retries run out of order) changes nothing.
        if (known is not null && order.UpdateTime < known.Version)
            return new SourceDecision(SourceVerdict.Duplicate, "older-version");

        var at = OrderPlacement.Plausible(order.PaidAt, now);
        // An order seen before keeps its first placement, so a refund reverses exactly what was counted, in the same group.
        var (placed, unplaced) = known is { Lines.Count: > 0 }
            ? (known.Lines, [])
            : OrderPlacement.Place(order.OrderId, order.Lines, l => $"{OrderIdPrefix}-{order.OrderId}-{l.LineId}",
                path => order.GroupText(path ?? sourceGroupField), mappings, launches, now);

        // One event id per order and LiveRoom status: 待发货, 待收货 and 完成 are all "paid", so fetching the
        // order again after each of them is a duplicate, not a second sale.
        var events = OrderPlacement.Events(placed, launches, $"{OrderIdPrefix}-{order.OrderId}-{status}", at, status);
        var record = (order.OrderId, new TradeRecord(Math.Max(order.UpdateTime, known?.Version ?? 0), placed));
        if (events.Count > 0)
            return new SourceDecision(SourceVerdict.Accepted) { Events = events, Unmatched = unplaced, Trade = record };

        return new SourceDecision(SourceVerdict.Unmatched, unplaced.Count > 0 ? unplaced[0].Reason : "no-open-launch")
        {
            Unmatched = unplaced.Count > 0 ? unplaced : [new UnmatchedExample(now, order.OrderId, [], "no-open-launch")],
            Trade = record,
        };
    }
}
