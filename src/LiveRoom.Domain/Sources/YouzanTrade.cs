using System.Globalization;
using System.Net;
using System.Text.Json;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The trade inside a Youzan push's <c>msg</c>. Youzan's trade messages carry the full order
/// (<c>full_order_info</c> with <c>order_info</c>, <c>orders[]</c>, <c>remark_info</c>); a flat
/// <c>{ tid, orders[] }</c> is read too. Refund and close messages may carry only the tid: they
/// are applied to the lines recorded when the trade was paid (see <see cref="TradeLedger"/>).
/// </summary>
public sealed class YouzanTrade
{
    /// <summary>
    /// Where a group is named unless a launch's mapping says otherwise: the buyer's note (买家留言),
    /// which group sales commonly ask buyers to fill with their group code. Tried in order.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultGroupFields =
        ["full_order_info.remark_info.buyer_message", "remark_info.buyer_message", "buyer_message"];

    public const int MaxLines = 200;
    private static readonly TimeSpan ShopZone = TimeSpan.FromHours(8);

    private YouzanTrade(string tid, IReadOnlyList<YouzanLine> lines, DateTimeOffset? at, JsonElement root)
    {
        Tid = tid;
        Lines = lines;
        At = at;
        Root = root;
    }

    public string Tid { get; }
    public IReadOnlyList<YouzanLine> Lines { get; }
    /// <summary>Payment or update time from the message (Youzan writes Beijing time); null when absent.</summary>
    public DateTimeOffset? At { get; }
    /// <summary>The decoded message, detached from its document, for attribution paths.</summary>
    public JsonElement Root { get; }

    /// <summary>The group named by <paramref name="path"/>, or by the default fields when it is null.</summary>
    public string? GroupText(string? path) =>
        path is not null ? JsonPath.Select(Root, path) : DefaultGroupFields.Select(p => JsonPath.Select(Root, p)).FirstOrDefault(v => v is not null);

    /// <summary>Decodes and reads <paramref name="encodedMsg"/>; null with the reason when it holds no trade.</summary>
    public static YouzanTrade? Parse(string encodedMsg, out string? error)
    {
        if (PlatformJson.ReadObject(WebUtility.UrlDecode(encodedMsg), "msg is not URL-encoded JSON: ", "msg is not a JSON object", out error) is not { } root) return null;

        var full = root.TryGetProperty("full_order_info", out var f) && f.ValueKind == JsonValueKind.Object ? f : root;
        var info = full.TryGetProperty("order_info", out var o) && o.ValueKind == JsonValueKind.Object ? o : full;
        var tid = Text(info, "tid") ?? Text(root, "tid");
        if (tid is null || tid.Length > YouzanPush.MaxFieldLength)
        {
            error = "msg names no tid";
            return null;
        }

        var lines = new List<YouzanLine>();
        if (full.TryGetProperty("orders", out var orders) && orders.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var line in orders.EnumerateArray())
            {
                if (index >= MaxLines)
                {
                    error = $"the trade has more than {MaxLines} lines";
                    return null;
                }
                if (line.ValueKind != JsonValueKind.Object) continue;
                var keys = new[] { Text(line, "outer_sku_id"), Text(line, "sku_id"), Text(line, "item_id") }
                    .Where(k => k is not null && k != "0").Select(k => k!).ToList();
                var quantity = int.TryParse(Text(line, "num"), NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q : 0;
                var payment = decimal.TryParse(Text(line, "payment"), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : 0m;
                lines.Add(new YouzanLine(Text(line, "oid") ?? index.ToString(CultureInfo.InvariantCulture), keys, quantity, payment));
                index++;
            }
        }

        var at = Time(info, "pay_time") ?? Time(info, "update_time") ?? Time(root, "update_time");
        return new YouzanTrade(tid, lines, at, root);
    }

    private static string? Text(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) return null;
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    private static DateTimeOffset? Time(JsonElement e, string name) =>
        Text(e, name) is { } s && DateTime.TryParseExact(s, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, ShopZone)
            : null;
}
