using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// Decides what one Youzan push means for LiveRoom: verified, new, of a type that changes a sale,
/// then each line routed to every open launch that maps its SKU, in the group the buyer named or
/// the launch's <see cref="Unattributed"/> row. Pure: the caller applies the events and then
/// commits what the decision says to remember.
/// </summary>
public static class YouzanRouter
{
    public static SourceDecision Decide(SourceDefinition source, YouzanPush push, TradeLedger ledger,
        IReadOnlyList<SourceMapping> mappings, IReadOnlyDictionary<string, LaunchTarget> launches, DateTimeOffset now)
    {
        if (!string.Equals(push.ClientId, source.ClientId, StringComparison.Ordinal))
            return new SourceDecision(SourceVerdict.Refused, "client-id");
        if (!YouzanSignature.Verify(push.ClientId, push.Msg, source.ClientSecret, push.Sign))
            return new SourceDecision(SourceVerdict.SignatureFailure, "signature");
        if (ledger.HasMessage(push.MsgId)) return new SourceDecision(SourceVerdict.Duplicate, "msg-id");

        var meaning = YouzanTypes.Of(push.Type);
        if (meaning == YouzanTypes.Meaning.Unknown)
            return new SourceDecision(SourceVerdict.Refused, "unknown-type") { MsgId = push.MsgId };
        if (YouzanTypes.Status(meaning) is not { } status)
            return new SourceDecision(SourceVerdict.Ignored, push.Type) { MsgId = push.MsgId };

        var trade = YouzanTrade.Parse(push.Msg, out _);
        if (trade is null) return new SourceDecision(SourceVerdict.Refused, "malformed-msg") { MsgId = push.MsgId };

        var known = ledger.Find(trade.Tid);
        if (known is not null && push.Version > 0 && push.Version < known.Version)
            return new SourceDecision(SourceVerdict.Duplicate, "older-version") { MsgId = push.MsgId };

        var at = trade.At is { } t && t <= now + IngestLimits.MaxClockSkew && t >= now - IngestLimits.MaxLateness ? t : now;
        // A trade seen before keeps the placement its first placed message gave it, so a refund reverses
        // exactly what was counted, in the same group, even when the refund message carries no lines.
        var (placed, unplaced) = known is { Lines.Count: > 0 } ? (known.Lines, []) : Place(trade, mappings, launches, now);

        var events = new Dictionary<string, IReadOnlyList<LaunchEvent>>(StringComparer.Ordinal);
        foreach (var byLaunch in placed.Where(l => launches.TryGetValue(l.LaunchId, out var target) && target.Open).GroupBy(l => l.LaunchId))
        {
            events[byLaunch.Key] = byLaunch.Select(l => new LaunchEvent
            {
                Kind = EventKind.Order,
                Id = $"{push.MsgId}/{l.OrderId}",
                GroupId = l.GroupId,
                At = at,
                OrderId = l.OrderId,
                SkuId = l.SkuId,
                Quantity = l.Quantity,
                Amount = l.Amount,
                Status = status,
            }).ToList();
        }

        var record = (trade.Tid, new TradeRecord(Math.Max(push.Version, known?.Version ?? 0), placed));
        if (events.Count > 0)
            return new SourceDecision(SourceVerdict.Accepted) { Events = events, Unmatched = unplaced, MsgId = push.MsgId, Trade = record };

        return new SourceDecision(SourceVerdict.Unmatched, unplaced.Count > 0 ? unplaced[0].Reason : "no-open-launch")
        {
            Unmatched = unplaced.Count > 0 ? unplaced : [new UnmatchedExample(now, trade.Tid, [], "no-open-launch")],
            MsgId = push.MsgId,
            Trade = record,
        };
    }

    /// <summary>Each line goes to every open launch that maps one of its ids to one of its SKUs; lines no launch takes are examples.</summary>
    private static (IReadOnlyList<PlacedLine> Placed, IReadOnlyList<UnmatchedExample> Unplaced) Place(
        YouzanTrade trade, IReadOnlyList<SourceMapping> mappings, IReadOnlyDictionary<string, LaunchTarget> launches, DateTimeOffset now)
    {
        var placed = new List<PlacedLine>();
        var unplaced = new List<UnmatchedExample>();
        if (trade.Lines.Count == 0) unplaced.Add(new UnmatchedExample(now, trade.Tid, [], "no-lines"));
        foreach (var line in trade.Lines)
        {
            if (line.Quantity < 1 || line.Quantity > IngestLimits.MaxOrderQuantity || line.Payment < 0 || line.Payment > IngestLimits.MaxOrderAmount)
            {
                unplaced.Add(new UnmatchedExample(now, trade.Tid, line.SkuKeys, "bad-line"));
                continue;
            }
            var taken = false;
            foreach (var mapping in mappings)
            {
                if (!launches.TryGetValue(mapping.LaunchId, out var target) || !target.Open) continue;
                var sku = line.SkuKeys.Select(k => mapping.Skus.GetValueOrDefault(k)).FirstOrDefault(s => s is not null && target.SkuIds.Contains(s));
                if (sku is null) continue;
                var named = trade.GroupText(mapping.GroupField);
                var group = named is not null && named != Unattributed.GroupId && target.GroupIds.Contains(named) ? named : Unattributed.GroupId;
                placed.Add(new PlacedLine(target.LaunchId, group, $"yz-{trade.Tid}-{line.LineId}", sku, line.Quantity, line.Payment));
                taken = true;
            }
            if (!taken) unplaced.Add(new UnmatchedExample(now, trade.Tid, line.SkuKeys, "unmapped-sku"));
        }
        return (placed, unplaced);
    }
}
