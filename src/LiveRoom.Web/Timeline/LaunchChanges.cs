using System.Globalization;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Web.Timeline;

/// <summary>
/// What a save of the launch changed, for the timeline's <c>launch.saved</c> summary: the review
/// must be able to tell "stock of 保温杯 100 → 200" from a rename.
/// </summary>
public static class LaunchChanges
{
    public static string Describe(LaunchDefinition before, LaunchDefinition after)
    {
        var parts = new List<string>();
        if (before.Name != after.Name) parts.Add($"名称 {before.Name} → {after.Name}");
        if (before.StartsAt != after.StartsAt) parts.Add($"T0 {Utc(before.StartsAt)} → {Utc(after.StartsAt)}");
        if (before.EndsAt != after.EndsAt) parts.Add($"结束 {Utc(before.EndsAt)} → {Utc(after.EndsAt)}");
        if (before.SaleLink != after.SaleLink) parts.Add($"链接 {before.SaleLink ?? "—"} → {after.SaleLink ?? "—"}");
        if (before.Targets != after.Targets) parts.Add($"目标 {before.Targets.Orders}/{before.Targets.Gmv} → {after.Targets.Orders}/{after.Targets.Gmv}");
        var old = before.Skus.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var sku in after.Skus)
        {
            if (!old.Remove(sku.Id, out var was)) parts.Add($"新增 SKU {sku.Id}（{sku.Name}，库存 {sku.InitialStock}，¥{Num(sku.Price)}）");
            else if (was != sku) parts.Add($"SKU {sku.Id}：" + string.Join("，", SkuChanges(was, sku)));
        }
        parts.AddRange(old.Keys.Order(StringComparer.Ordinal).Select(id => $"删除 SKU {id}"));
        return parts.Count == 0 ? "无变化" : string.Join("；", parts);
    }

    private static IEnumerable<string> SkuChanges(Sku was, Sku now)
    {
        if (was.Name != now.Name) yield return $"名称 {was.Name} → {now.Name}";
        if (was.InitialStock != now.InitialStock) yield return $"库存 {was.InitialStock} → {now.InitialStock}";
        if (was.Price != now.Price) yield return $"价格 ¥{Num(was.Price)} → ¥{Num(now.Price)}";
        if (was.AnchorPrice != now.AnchorPrice) yield return $"划线价 ¥{Num(was.AnchorPrice)} → ¥{Num(now.AnchorPrice)}";
        if (was.LowStockThreshold != now.LowStockThreshold) yield return $"低库存线 {was.LowStockThreshold} → {now.LowStockThreshold}";
    }

    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("u", CultureInfo.InvariantCulture);

    private static string Num(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
