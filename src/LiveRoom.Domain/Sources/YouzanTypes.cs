using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// Which Youzan message types change an order's LiveRoom status. Trade events other than these
/// (created, shipped, received…) are known and ignored; anything else is refused as unknown.
/// </summary>
public static class YouzanTypes
{
    public enum Meaning { Unknown, Ignored, Paid, Cancelled, Refunded }

    public static Meaning Of(string type) => type switch
    {
        "trade_TradePaid" => Meaning.Paid,
        // Closed: cancelled before payment or closed after a full refund; either way no longer a sale.
        "trade_TradeClose" => Meaning.Cancelled,
        "trade_refund_RefundSuccess" => Meaning.Refunded,
        _ when type.StartsWith("trade_refund_", StringComparison.Ordinal) => Meaning.Ignored,
        _ when type.StartsWith("trade_", StringComparison.Ordinal) => Meaning.Ignored,
        _ => Meaning.Unknown,
    };

    public static OrderStatus? Status(Meaning meaning) => meaning switch
    {
        Meaning.Paid => OrderStatus.Paid,
        Meaning.Cancelled => OrderStatus.Cancelled,
        Meaning.Refunded => OrderStatus.Refunded,
        _ => null,
    };
}
