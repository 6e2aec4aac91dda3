using System.Text.Json;

namespace LiveRoom.LoadTests.Smoke;

/// <summary>Compares a launch snapshot with the truth; returns the differences (none means it matches).</summary>
public static class TruthCheck
{
    /// <summary>UV may differ from the truth by this share (the stated error; LiveRoom's count is exact today).</summary>
    public const double UniqueVisitorsError = 0.01;

    /// <param name="trafficLoss">
    /// Share of page views (and so of visitors) that may be missing, never extra: the durability
    /// contract's bound when a node is killed (docs/durability.md). Business counts stay exact.
    /// </param>
    public static List<string> Compare(SmokeTruth truth, JsonElement snapshot, double trafficLoss = 0)
    {
        var problems = new List<string>();
        var totals = snapshot.GetProperty("totals");
        void Exact<T>(string what, T expected, T actual) where T : IEquatable<T>
        {
            if (!expected.Equals(actual)) problems.Add($"{what}: expected {expected}, got {actual}");
        }

        var pageViews = totals.GetProperty("pageViews").GetInt64();
        if (trafficLoss == 0) Exact("page views", truth.PageViews, pageViews);
        else if (pageViews > truth.PageViews || pageViews < truth.PageViews * (1 - trafficLoss))
            problems.Add($"page views: expected {truth.PageViews} (at most {trafficLoss:P1} lost), got {pageViews}");
        Exact("orders", truth.Orders, totals.GetProperty("orders").GetInt32());
        Exact("GMV", truth.Gmv, totals.GetProperty("gmv").GetDecimal());
        if (truth.Signups is { } signups) Exact("sign-ups", signups, totals.GetProperty("signups").GetInt32());
        if (truth.Members is { } members) Exact("members", members, totals.GetProperty("members").GetInt32());
        if (truth.Messages is { } messages) Exact("messages", messages, totals.GetProperty("messages").GetInt32());

        var uv = totals.GetProperty("uniqueVisitors").GetInt32();
        if (uv - truth.UniqueVisitors > truth.UniqueVisitors * UniqueVisitorsError || truth.UniqueVisitors - uv > truth.UniqueVisitors * (UniqueVisitorsError + trafficLoss))
            problems.Add($"unique visitors: expected {truth.UniqueVisitors} ±1%, got {uv}");

        var skus = snapshot.GetProperty("skus").EnumerateArray().ToDictionary(s => s.GetProperty("skuId").GetString()!);
        foreach (var (sku, quantity) in truth.SoldBySku)
            Exact($"sold of {sku}", quantity, skus.TryGetValue(sku, out var s) ? s.GetProperty("sold").GetInt32() : 0);
        foreach (var (sku, stock) in truth.StockBySku)
        {
            if (!skus.TryGetValue(sku, out var s) || !s.TryGetProperty("remaining", out var remaining)) continue;
            Exact($"remaining of {sku}", stock - truth.SoldBySku.GetValueOrDefault(sku), remaining.GetInt32());
        }

        var groups = snapshot.GetProperty("groups").EnumerateArray().ToList();
        PerGroup(groups, "orders", truth.OrdersByGroup, problems, checkAll: true);
        PerGroup(groups, "signups", truth.SignupsByGroup, problems, checkAll: truth.SignupsByGroup.Count > 0);
        PerGroup(groups, "members", truth.MembersByGroup, problems, checkAll: truth.MembersByGroup.Count > 0);
        return problems;
    }

    /// <summary>Every group row is compared (a count in a group the truth never saw is wrong too).</summary>
    private static void PerGroup(List<JsonElement> groups, string field, Dictionary<string, int> expected, List<string> problems, bool checkAll)
    {
        if (!checkAll) return;
        foreach (var g in groups)
        {
            var id = g.GetProperty("id").GetString()!;
            var actual = g.GetProperty(field).GetInt32();
            var want = expected.GetValueOrDefault(id);
            if (actual != want) problems.Add($"{field} of group {id}: expected {want}, got {actual}");
        }
    }
}
