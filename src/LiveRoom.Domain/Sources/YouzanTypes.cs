using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// Which Youzan message types change an order's LiveRoom status. Trade events other than these
/// (created, shipped, received…) are known and ignored; anything else is refused as unknown.
/// </summary>
public static class YouzanTypes
{
    public static MessageMeaning Of(string type) => type switch
    {
        "trade_TradePaid" => MessageMeaning.Paid,
        // Closed: cancelled before payment or closed after a full refund; either way no longer a sale.
        "trade_TradeClose" => MessageMeaning.Cancelled,
        "trade_refund_RefundSuccess" => MessageMeaning.Refunded,
        _ when type.StartsWith("trade_refund_", StringComparison.Ordinal) => MessageMeaning.Ignored,
        _ when type.StartsWith("trade_", StringComparison.Ordinal) => MessageMeaning.Ignored,
        _ => MessageMeaning.Unknown,
    };

    public static OrderStatus? Status(MessageMeaning meaning) => meaning.Status();
}
