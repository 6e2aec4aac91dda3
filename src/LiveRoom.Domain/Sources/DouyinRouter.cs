namespace LiveRoom.Domain.Sources;

/// <summary>
/// Decides what a 抖店 push means for LiveRoom. <see cref="Check"/> covers the whole batch (the
/// signature is over the body); <see cref="Decide"/> then reads one message: new, of a tag that
/// changes a sale, not older than what the order already had, routed to every open launch that maps
/// it. Pure: the caller applies each message's events and commits what its decision says to
/// remember before deciding the next, so a batch holding an order's payment and its cancellation
/// is applied in order.
/// </summary>
public static class DouyinRouter
{
    /// <summary>The refusal of a whole push (another app, a bad signature), or null when its messages may be read.</summary>
    public static SourceDecision? Check(SourceDefinition source, string? appId, ReadOnlySpan<byte> body, string? eventSign, string? signMethod)
    {
        // The test push sent when the URL is saved may come before the app's headers are in place: it
        // applies nothing whatever its signature, so it is neither refused nor a signature failure.
        if (DouyinPush.IsTest(DouyinPush.Parse(body, out _))) return new SourceDecision(SourceVerdict.Ignored, "test-message");
        if (!string.Equals(appId?.Trim(), source.ClientId, StringComparison.Ordinal))
            return new SourceDecision(SourceVerdict.Refused, "app-id");
        if (!DouyinSignature.Verify(source.ClientId, body, source.ClientSecret, eventSign, signMethod))
            return new SourceDecision(SourceVerdict.SignatureFailure, DouyinSignature.IsKnownMethod(signMethod) ? "signature" : "sign-method");
        return null;
    }

    public static SourceDecision Decide(DouyinMessage message, TradeLedger ledger,
        IReadOnlyList<SourceMapping> mappings, IReadOnlyDictionary<string, LaunchTarget> launches, DateTimeOffset now)
    {
        if (message is not { Error: null, Tag: { } tag, MsgId: { } rawId, Data: { } data })
            return new SourceDecision(SourceVerdict.Refused, "malformed-message");
        // Ids of this platform are kept apart from other platforms' in the shared ledger shape and in event ids.
        var msgId = "dy:" + rawId;
        if (ledger.HasMessage(msgId)) return new SourceDecision(SourceVerdict.Duplicate, "msg-id");

        var meaning = DouyinTags.Of(tag);
        if (meaning == MessageMeaning.Unknown)
            return new SourceDecision(SourceVerdict.Refused, "unknown-tag") { MsgId = msgId };
        if (DouyinTags.Status(meaning) is not { } status)
            return new SourceDecision(SourceVerdict.Ignored, "tag-" + tag) { MsgId = msgId };

        var order = DouyinOrder.Parse(tag, data, out _);
        if (order is null) return new SourceDecision(SourceVerdict.Refused, "malformed-data") { MsgId = msgId };

        // No version field on this platform: the time of what each tag reports orders an order's
        // messages, so a payment arriving after its cancellation or refund changes nothing.
        var tid = order.ParentId;
        var known = ledger.Find(tid);
        if (known is not null && order.Version > 0 && order.Version < known.Version)
            return new SourceDecision(SourceVerdict.Duplicate, "older-version") { MsgId = msgId };

        var at = OrderPlacement.Plausible(order.At, now);
        // The push says neither quantities nor prices per sub-order: the order is one line, a unit per sub-order, its paid amount.
        var line = new PlatformLine(tid, order.SkuKeys, Math.Max(1, order.SubOrders.Count), order.Payment ?? 0m);
        var (placed, unplaced) = known is { Lines.Count: > 0 }
            ? (known.Lines, [])
            : status == Ingestion.OrderStatus.Paid
                ? OrderPlacement.Place(tid, [line], _ => $"dy-{tid}", order.GroupText, mappings, launches, now)
                // A cancellation or refund of an order never counted as paid has nothing to reverse.
                : ([], [new UnmatchedExample(now, tid, order.SkuKeys, "not-paid-here")]);
        var events = OrderPlacement.Events(placed, launches, msgId, at, status);

        var record = (tid, new TradeRecord(Math.Max(order.Version, known?.Version ?? 0), placed));
        if (events.Count > 0)
            return new SourceDecision(SourceVerdict.Accepted) { Events = events, Unmatched = unplaced, MsgId = msgId, Trade = record };
        return new SourceDecision(SourceVerdict.Unmatched, unplaced.Count > 0 ? unplaced[0].Reason : "no-open-launch")
        {
            Unmatched = unplaced.Count > 0 ? unplaced : [new UnmatchedExample(now, tid, [], "no-open-launch")],
            MsgId = msgId,
            Trade = record,
        };
    }
}
