using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Platforms;

/// <summary>
/// A 有赞 trade push as the shop sends it (docs/sources.md "The Youzan push as implemented"): the
/// JSON envelope with <c>msg</c> URL-encoded and <c>sign</c> = MD5(client_id + msg + client_secret)
/// over the encoded text. A payment carries the trade's one line (商家编码 <see cref="SkuKey"/>) and
/// the group in the buyer's note (the default attribution); a refund carries only the tid, as
/// Youzan's refund messages do, so LiveRoom must reverse what it placed.
/// </summary>
public static class YouzanCallback
{
    private static readonly TimeSpan ShopZone = TimeSpan.FromHours(8);

    /// <summary>The 商家编码 (<c>outer_sku_id</c>) the shop gives a launch SKU; the mapping's key.</summary>
    public static string SkuKey(string skuId) => "YZ-" + skuId;

    public static string Tid(int orderIndex) => "E" + (20261208000000L + orderIndex).ToString(CultureInfo.InvariantCulture);

    public static string Sign(string clientId, string msg, string clientSecret) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(clientId + msg + clientSecret)));

    /// <summary>The body of one push: paid (<c>trade_TradePaid</c>) or refunded (<c>trade_refund_RefundSuccess</c>).</summary>
    public static byte[] Body(string clientId, string clientSecret, int orderIndex, OrderLine order, string skuId, string groupId, bool refund, DateTimeOffset at)
    {
        var tid = Tid(orderIndex);
        var shopTime = (at.ToUniversalTime() + ShopZone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        object trade = refund
            ? new { tid, refund_id = "R" + tid, update_time = shopTime }
            : new
            {
                full_order_info = new
                {
                    order_info = new { tid, status = "WAIT_SELLER_SEND_GOODS", pay_time = shopTime },
                    orders = new[] { new { oid = "1", outer_sku_id = SkuKey(skuId), num = order.Quantity, payment = order.Amount.ToString(CultureInfo.InvariantCulture) } },
                    remark_info = new { buyer_message = groupId },
                },
            };
        var msg = WebUtility.UrlEncode(JsonSerializer.Serialize(trade));
        var envelope = new Dictionary<string, object>
        {
            ["client_id"] = clientId,
            ["msg"] = msg,
            ["msg_id"] = $"{tid}-{(refund ? "refund" : "paid")}",
            ["type"] = refund ? "trade_refund_RefundSuccess" : "trade_TradePaid",
            ["status"] = refund ? "TRADE_CLOSED" : "WAIT_SELLER_SEND_GOODS",
            // Youzan's version orders the messages of one trade: the event's time, so a refund outranks its payment.
            ["version"] = at.ToUnixTimeMilliseconds(),
            ["kdt_id"] = 10000001,
            ["sign"] = Sign(clientId, msg, clientSecret),
        };
        return JsonSerializer.SerializeToUtf8Bytes(envelope);
    }
}
