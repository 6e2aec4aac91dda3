namespace LiveRoom.LoadTests.Smoke;

/// <summary>What the launch must show after the smoke traffic, computed from what was sent.</summary>
public sealed class SmokeTruth
{
    public long PageViews { get; set; }
    public int UniqueVisitors { get; set; }
    public int Orders { get; set; }
    public decimal Gmv { get; set; }
    public Dictionary<string, int> SoldBySku { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> OrdersByGroup { get; } = new(StringComparer.Ordinal);
}
