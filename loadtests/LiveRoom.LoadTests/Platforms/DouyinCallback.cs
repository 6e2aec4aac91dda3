using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LiveRoom.LoadTests.Model;

namespace LiveRoom.LoadTests.Platforms;

/// <summary>
/// A 抖店 message push as the platform sends it (docs/sources.md "The 抖店 push as implemented"): a
/// JSON array of <c>{tag, msg_id, data}</c> with <c>data</c> a JSON string, signed in the
/// <c>event-sign</c> header as MD5(app_key + body + app_secret). 抖店 counts one item per sub-order
/// and the paid amount in fen, so an order of quantity q carries q sub-order ids. Its messages
/// carry no SKU or note by default; the tool adds <c>sku_id</c> and <c>buyer_words</c>, which
/// LiveRoom reads when present, so each order maps to its SKU and group.
/// </summary>
public static class DouyinCallback
{
    public const string PaidTag = "101";
    public const string RefundTag = "206";

    /// <summary>The <c>sku_id</c> the shop gives a launch SKU; the mapping's key.</summary>
    public static string SkuKey(string skuId) => "DY-" + skuId;

    public static string ParentId(int orderIndex) => (6_900_000_000_000_000_000L + orderIndex).ToString(CultureInfo.InvariantCulture);

    /// <summary>An order 抖店 can express exactly: whole fen, and no more sub-orders than LiveRoom reads.</summary>
    public static bool CanCarry(OrderLine order) =>
        order.Quantity is >= 1 and <= 200 && decimal.Round(order.Amount, 2) == order.Amount && order.Amount >= 0;

    public static string Sign(string appKey, ReadOnlySpan<byte> body, string appSecret)
    {
        var signed = new byte[Encoding.UTF8.GetByteCount(appKey) + body.Length + Encoding.UTF8.GetByteCount(appSecret)];
        var n = Encoding.UTF8.GetBytes(appKey, signed);
        body.CopyTo(signed.AsSpan(n));
        Encoding.UTF8.GetBytes(appSecret, signed.AsSpan(n + body.Length));
        return Convert.ToHexStringLower(MD5.HashData(signed));
    }

    /// <summary>The body of one push of one message: paid (101) or refund success (206).</summary>
    public static byte[] Body(int orderIndex, OrderLine order, string skuId, string groupId, bool refund, DateTimeOffset at)
    {
        var pid = ParentId(orderIndex);
        var seconds = at.ToUnixTimeSeconds();
        object data = refund
            ? new { p_id = pid, s_id = SubOrder(pid, 0), aftersale_id = "A" + pid, refund_amount = Fen(order.Amount), success_time = seconds, shop_id = 1000001 }
            : new
            {
                p_id = pid,
                s_ids = Enumerable.Range(0, order.Quantity).Select(i => SubOrder(pid, i)).ToArray(),
                pay_amount = Fen(order.Amount),
                pay_time = seconds,
                shop_id = 1000001,
                order_status = 2,
                sku_id = SkuKey(skuId),
                buyer_words = groupId,
            };
        var tag = refund ? RefundTag : PaidTag;
        var message = new { tag, msg_id = $"{pid}-{tag}", data = JsonSerializer.Serialize(data) };
        return JsonSerializer.SerializeToUtf8Bytes(new[] { message });
    }

    private static long Fen(decimal yuan) => (long)(yuan * 100);

    private static string SubOrder(string parent, int index) => parent + (index + 1).ToString("D3", CultureInfo.InvariantCulture);
}
