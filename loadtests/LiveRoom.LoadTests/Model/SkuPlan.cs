namespace LiveRoom.LoadTests.Model;

/// <summary>A sale SKU of the modelled launch: its share of orders and the stock the launch is set up with.</summary>
public sealed record SkuPlan(string Id, string Name, decimal Price, double Share)
{
    public int Stock { get; set; }

    /// <summary>One hot SKU that sells out, a main one, and a cheap add-on.</summary>
    public static SkuPlan[] Catalogue() =>
    [
        new("gel", "冷敷凝胶", 59.9m, 0.5),
        new("mask", "修护面膜", 89m, 0.35),
        new("spray", "舒缓喷雾", 39.9m, 0.15),
    ];
}

/// <summary>One order of the script: the SKU after stock was allocated, and what was paid.</summary>
public readonly record struct OrderLine(int Sku, int Quantity, decimal Amount, bool Refunded);
