using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Review;

namespace LiveRoom.Domain.Tests.Review;

public sealed class ConversionArmsTests
{
    private static GroupRow Row(string id, int visitors, int orders, string? variant = null) =>
        new() { Id = id, Name = id, UniqueVisitors = visitors, Orders = orders, Variant = variant };

    private static GroupRegistration Reg(string id, ConversionMode mode) => new() { Id = id, Name = id, ConversionMode = mode };

    [Fact]
    public void Arms_sum_their_groups_and_are_tested_against_the_arm_with_most_visitors()
    {
        var rows = new[] { Row("a1", 60, 20), Row("a2", 40, 18), Row("b1", 150, 20), Row("b2", 50, 0) };
        var groups = new[] { Reg("a1", ConversionMode.GroupBuy), Reg("a2", ConversionMode.GroupBuy), Reg("b1", ConversionMode.ChainSignup), Reg("b2", ConversionMode.ChainSignup) };

        var report = ConversionArms.ByMode(rows, groups);

        Assert.Equal(["ChainSignup", "GroupBuy"], report.Arms.Select(a => a.Label));
        var chain = report.Arms[0];
        Assert.Equal((2, 200L, 20L), (chain.Groups, chain.Visitors, chain.Orders));
        Assert.Equal(0.10, chain.Rate, 12);
        var comparison = Assert.Single(report.Comparisons);
        Assert.Same(chain, comparison.Baseline);
        // 38/100 against 20/200: the same numbers as the z-test's textbook case scaled, computed independently.
        var expected = Proportions.TwoProportion(38, 100, 20, 200);
        Assert.Equal(expected, comparison.Test);
        Assert.True(comparison.Test.IsSignificant());
    }

    [Fact]
    public void Orders_above_visitors_count_as_the_visitors_and_groups_without_a_variant_stay_out()
    {
        var report = ConversionArms.ByVariant([Row("g1", 10, 25, "A"), Row("g2", 10, 1, "B"), Row("g3", 100, 50)]);

        Assert.Equal(2, report.Arms.Count);
        var a = report.Arms.Single(x => x.Label == "A");
        Assert.Equal(10, a.Orders);
        Assert.Equal(1.0, a.Rate);
    }

    [Fact]
    public void One_arm_has_nothing_to_compare()
    {
        var report = ConversionArms.ByVariant([Row("g1", 10, 2, "A"), Row("g2", 5, 1, "A")]);
        Assert.Single(report.Arms);
        Assert.Empty(report.Comparisons);
    }
}
