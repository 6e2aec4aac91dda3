using System.Globalization;
using System.Text.Json;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// One decrypted WeChat shop event (微信小店 消息推送): <c>ToUserName</c>, <c>FromUserName</c>,
/// <c>CreateTime</c>, <c>MsgType</c> = <c>event</c>, <c>Event</c>, and the event's body. The order
/// events carry only the order id (<c>order_info.order_id</c>; after-sales
/// <c>finder_shop_aftersale_status_update.order_id</c>), so the order itself is fetched afterwards.
/// </summary>
public sealed record WeChatShopNotice(string Event, string? OrderId, long CreateTime, string? AftersaleId, string? AftersaleStatus)
{
    public const int MaxFieldLength = 128;

    /// <summary>
    /// The platform sends no message id. Its documented way to recognise a retried event is the
    /// sender and creation time; the order (and after-sale) id and status are added so two events of
    /// one order created in the same second stay apart.
    /// </summary>
    public string MessageKey => $"wxs:{Event}:{OrderId}:{AftersaleId}:{AftersaleStatus}:{CreateTime.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The notice, or null with the reason when the message is not an event this reader understands.</summary>
    public static WeChatShopNotice? Parse(JsonElement root, out string? error)
    {
        error = null;
        var msgType = Text(root, "MsgType");
        var ev = Text(root, "Event");
        if (msgType != "event" || ev is null)
        {
            error = "not an event message";
            return null;
        }
        var created = Text(root, "CreateTime") is { } c && long.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : 0;
        var order = Child(root, "order_info");
        var aftersale = Child(root, "finder_shop_aftersale_status_update");
        var orderId = Text(order, "order_id") ?? Text(aftersale, "order_id");
        if (WeChatShopEvents.Of(ev) == WeChatShopEvents.Meaning.FetchOrder && (orderId is null || !IsOrderId(orderId)))
        {
            error = "the event names no order id";
            return null;
        }
        return new WeChatShopNotice(ev, orderId, created, Text(aftersale, "after_sale_order_id"), Text(aftersale, "status"));
    }

    /// <summary>Order ids are decimal digits (a uint64 that JSON may carry as a number or a string).</summary>
    public static bool IsOrderId(string id) => id.Length is > 0 and <= 32 && id.All(char.IsAsciiDigit);

    private static JsonElement Child(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : default;

    /// <summary>A string or number field as trimmed text; null when absent, empty, of another type or too long.</summary>
    internal static string? Text(JsonElement e, string name, int max = MaxFieldLength)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) return null;
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) || s.Length > max ? null : s.Trim();
    }
}
