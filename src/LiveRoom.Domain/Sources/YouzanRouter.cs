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
        if (meaning == MessageMeaning.Unknown)
            return new SourceDecision(SourceVerdict.Refused, "unknown-type") { MsgId = push.MsgId };
        if (YouzanTypes.Status(meaning) is not { } status)
            return new SourceDecision(SourceVerdict.Ignored, push.Type) { MsgId = push.MsgId };

        var trade = YouzanTrade.Parse(push.Msg, out _);
        if (trade is null) return new SourceDecision(SourceVerdict.Refused, "malformed-msg") { MsgId = push.MsgId };

        var known = ledger.Find(trade.Tid);
        if (known is not null && push.Version > 0 && push.Version < known.Version)
            return new SourceDecision(SourceVerdict.Duplicate, "older-version") { MsgId = push.MsgId };

        var at = OrderPlacement.Plausible(trade.At, now);
        // A trade seen before keeps the placement its first placed message gave it, so a refund reverses
        // exactly what was counted, in the same group, even when the refund message carries no lines.
        var (placed, unplaced) = known is { Lines.Count: > 0 }
            ? (known.Lines, [])
            : OrderPlacement.Place(trade.Tid, trade.Lines.Select(l => new PlatformLine(l.LineId, l.SkuKeys, l.Quantity, l.Payment)).ToList(),
                l => $"yz-{trade.Tid}-{l.LineId}", trade.GroupText, mappings, launches, now);
        var events = OrderPlacement.Events(placed, launches, push.MsgId, at, status);

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
}
