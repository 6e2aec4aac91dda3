using System.Globalization;
using System.Text.Json;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The <c>order</c> of a <c>/channels/ec/order/get</c> answer (获取订单详情): <c>order_id</c>,
/// <c>status</c>, <c>update_time</c>, and in <c>order_detail</c> the <c>product_infos[]</c>
/// (<c>product_id</c>, <c>sku_id</c>, <c>out_product_id</c>, <c>out_sku_id</c>, <c>sku_cnt</c>,
/// <c>sale_price</c>, <c>real_price</c>, prices in fen) and <c>pay_info.pay_time</c>.
/// </summary>
public sealed class WeChatShopOrder
{
    /// <summary>
    /// Where a group is named unless the launch's mapping or the source says otherwise: the buyer's
    /// note (用户备注, <c>ext_info.customer_notes</c>), which group sales ask buyers to fill with their
    /// group code, as with Youzan's 买家留言. The sharer fields (<c>sharer_info</c>) name a person by
    /// openid, not a group, and are marked discontinued in the platform's order structure.
    /// </summary>
    public const string DefaultGroupField = "order_detail.ext_info.customer_notes";

    public const int MaxLines = 200;

    private WeChatShopOrder(string orderId, int status, long updateTime, IReadOnlyList<PlatformLine> lines, DateTimeOffset? paidAt, JsonElement root)
    {
        OrderId = orderId;
        Status = status;
        UpdateTime = updateTime;
        Lines = lines;
        PaidAt = paidAt;
        Root = root;
    }

    public string OrderId { get; }
    public int Status { get; }
    /// <summary>Seconds; the order's version: an answer older than one applied changes nothing.</summary>
    public long UpdateTime { get; }
    public IReadOnlyList<PlatformLine> Lines { get; }
    public DateTimeOffset? PaidAt { get; }
    /// <summary>The <c>order</c> object, for attribution paths (relative to it, e.g. <c>order_detail.ext_info.customer_notes</c>).</summary>
    public JsonElement Root { get; }

    /// <summary>The group named at <paramref name="path"/>, or at <see cref="DefaultGroupField"/> when it is null.</summary>
    public string? GroupText(string? path) => JsonPath.Select(Root, path ?? DefaultGroupField);

    /// <summary>Reads a whole answer (<c>{ errcode, errmsg, order }</c>) or the bare order; null with the reason when it holds no order.</summary>
    public static WeChatShopOrder? Parse(ReadOnlySpan<byte> answer, out string? error)
    {
        if (PlatformJson.ReadObject(answer, "not JSON: ", "not a JSON object", out error) is not { } root) return null;
        var order = root.TryGetProperty("order", out var o) && o.ValueKind == JsonValueKind.Object ? o : root;
        var orderId = WeChatShopNotice.Text(order, "order_id");
        if (orderId is null || !WeChatShopNotice.IsOrderId(orderId))
        {
            error = "no order_id";
            return null;
        }
        if (!int.TryParse(WeChatShopNotice.Text(order, "status"), NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            error = "no status";
            return null;
        }
        var updated = Seconds(order, "update_time") ?? 0;
        var detail = order.TryGetProperty("order_detail", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;

        var lines = new List<PlatformLine>();
        if (detail.ValueKind == JsonValueKind.Object && detail.TryGetProperty("product_infos", out var products) && products.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var p in products.EnumerateArray())
            {
                if (index >= MaxLines)
                {
                    error = $"the order has more than {MaxLines} lines";
                    return null;
                }
                if (p.ValueKind != JsonValueKind.Object) continue;
                var keys = new[] { Text(p, "out_sku_id"), Text(p, "sku_id"), Text(p, "out_product_id"), Text(p, "product_id") }
                    .Where(k => k is not null && k != "0").Select(k => k!).Distinct(StringComparer.Ordinal).ToList();
                var count = int.TryParse(Text(p, "sku_cnt"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                lines.Add(new PlatformLine(index.ToString(CultureInfo.InvariantCulture), keys, count, Amount(p, count)));
                index++;
            }
        }
        var payInfo = detail.ValueKind == JsonValueKind.Object && detail.TryGetProperty("pay_info", out var pi) ? pi : default;
        var paidAt = Seconds(payInfo, "pay_time") is { } s and > 0 ? DateTimeOffset.FromUnixTimeSeconds(s) : (DateTimeOffset?)null;
        return new WeChatShopOrder(orderId, status, updated, lines, paidAt, order);
    }

    /// <summary>
    /// The line's paid amount in yuan: <c>real_price</c> (the line's price after discounts, fen) when
    /// present, else <c>sale_price</c> (unit price, fen) × count. A negative or unreadable price is -1,
    /// which placement refuses as a bad line.
    /// </summary>
    private static decimal Amount(JsonElement p, int count)
    {
        if (Text(p, "real_price") is { } real)
            return long.TryParse(real, NumberStyles.None, CultureInfo.InvariantCulture, out var fen) ? fen / 100m : -1m;
        if (Text(p, "sale_price") is { } sale)
            return long.TryParse(sale, NumberStyles.None, CultureInfo.InvariantCulture, out var unit) && unit <= long.MaxValue / Math.Max(count, 1) ? unit * count / 100m : -1m;
        return -1m;
    }

    private static string? Text(JsonElement e, string name) => WeChatShopNotice.Text(e, name);

    private static long? Seconds(JsonElement e, string name) =>
        Text(e, name) is { } s && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v < 100_000_000_000 ? v : null;
}
