using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Review;

/// <summary>
/// Builds the A/B section of the review. Conversion = orders ÷ unique visitors of the groups in
/// the arm (a group's orders above its visitors count as its visitors: a proportion cannot pass
/// 1, and repeat orders are not conversions of new visitors).
/// </summary>
public static class ConversionArms
{
    public static ArmReport ByMode(IReadOnlyList<GroupRow> rows, IReadOnlyList<GroupRegistration> groups)
    {
        var modes = groups.ToDictionary(g => g.Id, g => g.ConversionMode, StringComparer.Ordinal);
        return Build(rows, r => modes.TryGetValue(r.Id, out var m) ? m.ToString() : null);
    }

    public static ArmReport ByVariant(IReadOnlyList<GroupRow> rows) =>
        Build(rows, r => string.IsNullOrWhiteSpace(r.Variant) ? null : r.Variant);

    public static ArmReport Build(IReadOnlyList<GroupRow> rows, Func<GroupRow, string?> armOf)
    {
        var arms = rows
            .Select(r => (Arm: armOf(r), Row: r))
            .Where(x => x.Arm is not null)
            .GroupBy(x => x.Arm!, StringComparer.Ordinal)
            .Select(g =>
            {
                long visitors = g.Sum(x => (long)x.Row.UniqueVisitors);
                long orders = g.Sum(x => (long)Math.Min(x.Row.Orders, x.Row.UniqueVisitors));
                return new ConversionArm(g.Key, g.Count(), visitors, orders, Proportions.Wilson(orders, visitors));
            })
            .OrderByDescending(a => a.Visitors).ThenBy(a => a.Label, StringComparer.Ordinal)
            .ToList();
        if (arms.Count < 2) return new ArmReport(arms, []);
        var baseline = arms[0];
        var comparisons = arms.Skip(1)
            .Select(a => new ArmComparison(a, baseline, Proportions.TwoProportion(a.Orders, a.Visitors, baseline.Orders, baseline.Visitors)))
            .ToList();
        return new ArmReport(arms, comparisons);
    }
}
