using LiveRoom.Domain.Review;

namespace LiveRoom.Domain.Tests.Review;

public sealed class ProportionsTests
{
    [Fact]
    public void Wilson_interval_matches_Newcombes_worked_example()
    {
        // Newcombe (1998), Statistics in Medicine 17: 81 of 263 → 0.2553 to 0.3662.
        var ci = Proportions.Wilson(81, 263);
        Assert.Equal(0.2553, ci.Low, 4);
        Assert.Equal(0.3662, ci.High, 4);
    }

    [Fact]
    public void Wilson_interval_stays_inside_zero_and_one_at_the_extremes()
    {
        var none = Proportions.Wilson(0, 10);
        Assert.Equal(0, none.Low, 9);
        Assert.Equal(0.2775, none.High, 4);
        var all = Proportions.Wilson(10, 10);
        Assert.Equal(0.7225, all.Low, 4);
        Assert.Equal(1, all.High, 9);
        Assert.Equal(new Interval(0, 1), Proportions.Wilson(0, 0));
    }

    [Theory]
    // Pooled two-sided z-tests; expected values from erfc in an independent implementation.
    [InlineData(520, 1000, 480, 1000, 1.788854, 0.073638, false)]
    [InlineData(38, 200, 20, 200, 2.556086, 0.010586, true)]
    [InlineData(60, 1000, 50, 1000, 0.980816, 0.326683, false)]
    public void Two_proportion_z_test_matches_known_values(int x1, int n1, int x2, int n2, double z, double p, bool significant)
    {
        var test = Proportions.TwoProportion(x1, n1, x2, n2);
        Assert.Equal(z, test.Z, tolerance: 1e-4);
        Assert.Equal(p, test.PValue, tolerance: 1e-5);
        Assert.Equal(significant, test.IsSignificant());
        Assert.Equal((double)x1 / n1 - (double)x2 / n2, test.Difference, 12);
    }

    [Fact]
    public void Two_proportion_test_is_symmetric_and_says_nothing_without_data()
    {
        var ab = Proportions.TwoProportion(38, 200, 20, 200);
        var ba = Proportions.TwoProportion(20, 200, 38, 200);
        Assert.Equal(-ab.Z, ba.Z, 12);
        Assert.Equal(ab.PValue, ba.PValue, 12);
        Assert.Equal(1, Proportions.TwoProportion(0, 0, 5, 10).PValue);
        Assert.Equal(1, Proportions.TwoProportion(0, 10, 0, 10).PValue);
    }

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1.959963984540054, 0.975)]
    [InlineData(-1, 0.158655254)]
    public void Normal_cdf_matches_tables(double x, double expected) =>
        Assert.Equal(expected, Proportions.NormalCdf(x), 6);
}
