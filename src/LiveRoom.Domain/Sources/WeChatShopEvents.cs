using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// What WeChat shop events and order statuses mean for LiveRoom. The events that can change a sale
/// make LiveRoom fetch the order and read its status, which is the truth (an event may arrive late
/// or twice; the order as fetched is as of now). Every other event the shop pushes (shipping,
/// products, coupons…) is genuine and ignored.
/// </summary>
public static class WeChatShopEvents
{
    public enum Meaning { Ignored, FetchOrder }

    public const string OrderPay = "channels_ec_order_pay";
    public const string OrderCancel = "channels_ec_order_cancel";
    public const string AftersaleUpdate = "channels_ec_aftersale_update";

    public static Meaning Of(string ev) => ev is OrderPay or OrderCancel or AftersaleUpdate ? Meaning.FetchOrder : Meaning.Ignored;

    /// <summary>
    /// The order's <c>status</c> (订单状态) as a LiveRoom order status: paid from 20 (待发货) through
    /// 21, 30 and 100 (完成); 200 (全部商品售后之后，订单取消) is refunded; 250 (cancelled before payment,
    /// or by the merchant) and 190 (cancelled by the merchant, oversold) are cancelled. Unpaid states
    /// (10, 12, 13…) and unknown codes are null: nothing to count yet.
    /// </summary>
    public static OrderStatus? Status(int status) => status switch
    {
        20 or 21 or 30 or 100 => OrderStatus.Paid,
        200 => OrderStatus.Refunded,
        190 or 250 => OrderStatus.Cancelled,
        _ => null,
    };
}
