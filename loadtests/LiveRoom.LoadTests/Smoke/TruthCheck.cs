using System.Text.Json;

namespace LiveRoom.LoadTests.Smoke;

/// <summary>Compares a launch snapshot with the truth; returns the differences (none means it matches).</summary>
public static class TruthCheck
{
    public static List<string> Compare(SmokeTruth truth, JsonElement snapshot)
    {
        var problems = new List<string>();
        var totals = snapshot.GetProperty("totals");
        void Exact<T>(string what, T expected, T actual) where T : IEquatable<T>
        {
            if (!expected.Equals(actual)) problems.Add($"{what}: expected {expected}, got {actual}");
        }

        Exact("page views", truth.PageViews, totals.GetProperty("pageViews").GetInt64());
        Exact("orders", truth.Orders, totals.GetProperty("orders").GetInt32());
        Exact("GMV", truth.Gmv, totals.GetProperty("gmv").GetDecimal());

        var uv = totals.GetProperty("uniqueVisitors").GetInt32();
        if (Math.Abs(uv - truth.UniqueVisitors) > truth.UniqueVisitors * 0.01)
            problems.Add($"unique visitors: expected {truth.UniqueVisitors} ±1%, got {uv}");

        var sold = snapshot.GetProperty("skus").EnumerateArray().ToDictionary(s => s.GetProperty("skuId").GetString()!, s => s.GetProperty("sold").GetInt32());
        foreach (var (sku, quantity) in truth.SoldBySku) Exact($"sold of {sku}", quantity, sold.GetValueOrDefault(sku));

        var groups = snapshot.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("id").GetString()!, g => g.GetProperty("orders").GetInt32());
        foreach (var (group, orders) in groups)
        {
            var expected = truth.OrdersByGroup.GetValueOrDefault(group);
            if (orders != expected) problems.Add($"orders of group {group}: expected {expected}, got {orders}");
        }
        return problems;
    }
}
