using System.Globalization;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Web.Timeline;

/// <summary>
/// What a save of the launch changed, for the timeline's <c>launch.saved</c> entry: the review
/// must be able to tell "stock of 保温杯 100 → 200" from a rename. One sentence per change
/// (<c>launch.change.*</c>), a SKU's own changes nested in its sentence.
/// </summary>
public static class LaunchChanges
{
    public const string None = "launch.change.none";
    public const string Name = "launch.change.name";
    public const string T0 = "launch.change.t0";
    public const string Ends = "launch.change.ends";
    public const string Link = "launch.change.link";
    public const string Targets = "launch.change.targets";
    public const string SkuAdded = "launch.change.sku_added";
    public const string SkuChanged = "launch.change.sku";
    public const string SkuRemoved = "launch.change.sku_removed";
    public const string SkuName = "launch.change.sku_name";
    public const string SkuStock = "launch.change.sku_stock";
    public const string SkuPrice = "launch.change.sku_price";
    public const string SkuAnchor = "launch.change.sku_anchor";
    public const string SkuLowStock = "launch.change.sku_low_stock";

    public static IReadOnlyList<string> All { get; } = Domain.Timeline.TimelineActions.Codes(typeof(LaunchChanges));

    public static IReadOnlyList<ServerText> Describe(LaunchDefinition before, LaunchDefinition after)
    {
        var parts = new List<ServerText>();
        if (before.Name != after.Name) parts.Add(Change(Name, before.Name, after.Name));
        if (before.StartsAt != after.StartsAt) parts.Add(Change(T0, Utc(before.StartsAt), Utc(after.StartsAt)));
        if (before.EndsAt != after.EndsAt) parts.Add(Change(Ends, Utc(before.EndsAt), Utc(after.EndsAt)));
        if (before.SaleLink != after.SaleLink) parts.Add(Change(Link, before.SaleLink ?? "—", after.SaleLink ?? "—"));
        if (before.Targets != after.Targets) parts.Add(Change(Targets, $"{before.Targets.Orders}/{Num(before.Targets.Gmv)}", $"{after.Targets.Orders}/{Num(after.Targets.Gmv)}"));
        var old = before.Skus.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var sku in after.Skus)
        {
            if (!old.Remove(sku.Id, out var was))
                parts.Add(ServerText.Of(SkuAdded, ("sku", sku.Id), ("name", sku.Name), ("stock", sku.InitialStock), ("price", Num(sku.Price))));
            else if (was != sku) parts.Add(ServerText.Of(SkuChanged, ("sku", sku.Id), ("changes", SkuChanges(was, sku).ToList())));
        }
        parts.AddRange(old.Keys.Order(StringComparer.Ordinal).Select(id => ServerText.Of(SkuRemoved, ("sku", id))));
        return parts.Count == 0 ? [ServerText.Of(None)] : parts;
    }

    private static IEnumerable<ServerText> SkuChanges(Sku was, Sku now)
    {
        if (was.Name != now.Name) yield return Change(SkuName, was.Name, now.Name);
        if (was.InitialStock != now.InitialStock) yield return Change(SkuStock, was.InitialStock, now.InitialStock);
        if (was.Price != now.Price) yield return Change(SkuPrice, Num(was.Price), Num(now.Price));
        if (was.AnchorPrice != now.AnchorPrice) yield return Change(SkuAnchor, Num(was.AnchorPrice), Num(now.AnchorPrice));
        if (was.LowStockThreshold != now.LowStockThreshold) yield return Change(SkuLowStock, was.LowStockThreshold, now.LowStockThreshold);
    }

    private static ServerText Change(string code, object? from, object? to) => ServerText.Of(code, ("from", from), ("to", to));

    internal static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("u", CultureInfo.InvariantCulture);

    private static string Num(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
