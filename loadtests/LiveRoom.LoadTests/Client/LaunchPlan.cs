namespace LiveRoom.LoadTests.Client;

/// <summary>The launch a run creates: its groups are g00000…, its SKUs fixed; one SKU is kept for freshness markers.</summary>
public sealed record LaunchPlan(string Id, int Groups)
{
    public const string MarkerSku = "marker";
    public static readonly string[] SaleSkus = ["sku-a", "sku-b", "sku-c"];

    public static string GroupId(int i) => $"g{i:D5}";

    public object Definition(DateTimeOffset now) => new
    {
        id = Id,
        name = $"Load test {Id}",
        // Live for the whole run: T0 a minute ago, ending in two hours.
        startsAt = now.AddMinutes(-1),
        endsAt = now.AddHours(2),
        timeZone = "Asia/Shanghai",
        skus = SaleSkus.Select((s, i) => new { id = s, name = s, price = 99 + i, anchorPrice = 199 + i, initialStock = 10_000_000, lowStockThreshold = 100 })
            .Append(new { id = MarkerSku, name = "freshness marker", price = 1, anchorPrice = 1, initialStock = 10_000_000, lowStockThreshold = 0 })
            .ToArray(),
        targets = new { orders = 100_000, gmv = 10_000_000 },
    };

    public object[] GroupImport() =>
        Enumerable.Range(0, Groups)
            .Select(i => (object)new { id = GroupId(i), name = $"群 {i}", tier = (i % 3) switch { 0 => "Pond", 1 => "Transit", _ => "Core" }, memberCount = 200 + i % 300 })
            .ToArray();
}
