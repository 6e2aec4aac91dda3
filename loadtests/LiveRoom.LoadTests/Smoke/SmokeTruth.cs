namespace LiveRoom.LoadTests.Smoke;

/// <summary>
/// What the launch must show after the traffic, computed from what was sent (the smoke plan or the
/// launch model). Counts left null and maps left empty are not checked (the smoke plan keeps no
/// sign-ups or members).
/// </summary>
public sealed class SmokeTruth
{
    public long PageViews { get; set; }
    public int UniqueVisitors { get; set; }
    public int Orders { get; set; }
    public decimal Gmv { get; set; }
    public int? Signups { get; set; }
    public int? Members { get; set; }
    public int? Messages { get; set; }
    public Dictionary<string, int> SoldBySku { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> OrdersByGroup { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> SignupsByGroup { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> MembersByGroup { get; } = new(StringComparer.Ordinal);

    /// <summary>Stock each SKU was set up with; when known, the remaining stock is checked too.</summary>
    public Dictionary<string, int> StockBySku { get; } = new(StringComparer.Ordinal);

    /// <summary>A paid order the run added outside the model (freshness markers).</summary>
    public void AddOrder(string groupId, string skuId, int quantity, decimal amount)
    {
        Orders++;
        Gmv += amount;
        SoldBySku[skuId] = SoldBySku.GetValueOrDefault(skuId) + quantity;
        OrdersByGroup[groupId] = OrdersByGroup.GetValueOrDefault(groupId) + 1;
    }
}
