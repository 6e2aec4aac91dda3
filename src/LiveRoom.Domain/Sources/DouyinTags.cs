using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// Which 抖店 message tags change an order's LiveRoom status: 101 paid (trade_TradePaid),
/// 106 cancelled (trade_TradeCanceled), 206 refund succeeded (refund_RefundSuccess). The other
/// order (1xx) and after-sale (2xx) tags are known and ignored; any other tag is refused as unknown,
/// still answered success so the platform does not retry it.
/// </summary>
public static class DouyinTags
{
    public const string Paid = "101";
    public const string Cancelled = "106";
    public const string RefundSuccess = "206";

    public static MessageMeaning Of(string tag) => tag switch
    {
        Paid => MessageMeaning.Paid,
        Cancelled => MessageMeaning.Cancelled,
        RefundSuccess => MessageMeaning.Refunded,
        _ when tag.Length == 3 && tag[0] is '1' or '2' && tag.All(char.IsAsciiDigit) => MessageMeaning.Ignored,
        _ => MessageMeaning.Unknown,
    };

    /// <summary>The field holding the time of what the tag reports; it orders the messages of one order.</summary>
    public static string? TimeField(string tag) => tag switch
    {
        Paid => "pay_time",
        Cancelled => "cancel_time",
        RefundSuccess => "success_time",
        _ => null,
    };

    public static OrderStatus? Status(MessageMeaning meaning) => meaning.Status();
}
