using System.Globalization;
using System.Text.Json;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The order inside a 抖店 message's <c>data</c>: the parent order <c>p_id</c>, its sub-orders
/// <c>s_ids</c> (a refund names one <c>s_id</c>), <c>pay_amount</c> in fen, <c>shop_id</c> and the
/// time of what the tag reports (unix seconds). The platform's order messages carry no product or
/// SKU ids and no buyer note, so the ids a launch can map are the ones a message does carry
/// (<c>product_id</c>, <c>sku_id</c>, <c>out_sku_id</c>, <c>out_product_id</c>, when present), then
/// <c>shop:{shop_id}</c>, then <c>*</c> (any order of the source).
/// </summary>
public sealed class DouyinOrder
{
    /// <summary>Where a group is named unless a launch's mapping says otherwise: the buyer's note (买家留言), when a message carries it.</summary>
    public static readonly IReadOnlyList<string> DefaultGroupFields = ["buyer_words"];

    /// <summary>The mapping key that takes every order of the source, for the launch whose shop sells one thing.</summary>
    public const string AnyOrder = "*";

    public const int MaxSubOrders = 200;

    private DouyinOrder(string parentId, IReadOnlyList<string> subOrders, decimal? payment, DateTimeOffset? at, IReadOnlyList<string> skuKeys, JsonElement root)
    {
        ParentId = parentId;
        SubOrders = subOrders;
        Payment = payment;
        At = at;
        SkuKeys = skuKeys;
        Root = root;
    }

    public string ParentId { get; }
    public IReadOnlyList<string> SubOrders { get; }
    /// <summary>The paid amount in yuan (<c>pay_amount</c> is in fen); null when the message has none.</summary>
    public decimal? Payment { get; }
    /// <summary>The time of the tag's event (pay, cancel, refund success), else <c>update_time</c>; null when absent.</summary>
    public DateTimeOffset? At { get; }
    public IReadOnlyList<string> SkuKeys { get; }
    public JsonElement Root { get; }

    /// <summary>The ordering version of the message: its event time in unix seconds, 0 when it has none.</summary>
    public long Version => At?.ToUnixTimeSeconds() ?? 0;

    /// <summary>The group named by <paramref name="path"/>, or by the default fields when it is null.</summary>
    public string? GroupText(string? path) =>
        path is not null ? JsonPath.Select(Root, path) : DefaultGroupFields.Select(p => JsonPath.Select(Root, p)).FirstOrDefault(v => v is not null);

    /// <summary>The order one message of <paramref name="tag"/> speaks of; null with the reason when <paramref name="data"/> names none.</summary>
    public static DouyinOrder? Parse(string tag, string data, out string? error)
    {
        if (PlatformJson.ReadObject(data, "data is not JSON: ", "data is not a JSON object", out error) is not { } root) return null;
        if (Id(root, "p_id") is not { } parent)
        {
            error = "data names no p_id";
            return null;
        }

        var subs = new List<string>();
        if (root.TryGetProperty("s_ids", out var sids) && sids.ValueKind == JsonValueKind.Array)
        {
            if (sids.GetArrayLength() > MaxSubOrders)
            {
                error = $"the order has more than {MaxSubOrders} sub-orders";
                return null;
            }
            subs.AddRange(sids.EnumerateArray().Select(IdOf).OfType<string>());
        }
        if (Id(root, "s_id") is { } sid && !subs.Contains(sid)) subs.Add(sid);

        decimal? payment = Id(root, "pay_amount") is { } fen && long.TryParse(fen, NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f / 100m : null;
        var at = Time(root, DouyinTags.TimeField(tag)) ?? Time(root, "update_time");

        var keys = new[] { "out_sku_id", "sku_id", "product_id", "out_product_id" }.Select(k => Id(root, k)).OfType<string>().Where(k => k != "0").ToList();
        if (Id(root, "shop_id") is { } shop) keys.Add("shop:" + shop);
        keys.Add(AnyOrder);
        return new DouyinOrder(parent, subs, payment, at, keys, root);
    }

    private static string? Id(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? IdOf(v) : null;

    /// <summary>Ids are 19-digit numbers: read as their text, never through a double.</summary>
    private static string? IdOf(JsonElement v)
    {
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) || s.Length > DouyinPush.MaxFieldLength ? null : s.Trim();
    }

    /// <summary>Unix seconds (how the order tags send times), or an ISO 8601 text (some after-sale tags' <c>update_time</c>).</summary>
    private static DateTimeOffset? Time(JsonElement e, string? name)
    {
        if (name is null || Id(e, name) is not { } s) return null;
        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds < 10_000_000_000)
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) && s.Contains('T') ? t : null;
    }
}
