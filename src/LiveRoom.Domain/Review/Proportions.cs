namespace LiveRoom.Domain.Review;

/// <summary>
/// Statistics of proportions for the review's A/B section. Wilson's interval rather than the
/// normal one because group conversion rates are small and samples often tiny, where the normal
/// interval leaves 0..1 or collapses to a point.
/// </summary>
public static class Proportions
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    public static Interval Wilson(long successes, long trials, double z = Z95)
    {
        if (trials <= 0) return new Interval(0, 1);
        successes = Math.Clamp(successes, 0, trials);
        double n = trials, p = successes / n, z2 = z * z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var half = z / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>Pooled two-proportion z-test, two-sided. Returns p = 1 when there is nothing to compare.</summary>
    public static ZTest TwoProportion(long x1, long n1, long x2, long n2)
    {
        if (n1 <= 0 || n2 <= 0) return new ZTest(0, 0, 1);
        x1 = Math.Clamp(x1, 0, n1);
        x2 = Math.Clamp(x2, 0, n2);
        double p1 = (double)x1 / n1, p2 = (double)x2 / n2;
        var pooled = (double)(x1 + x2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) return new ZTest(p1 - p2, 0, 1);
        var z = (p1 - p2) / se;
        return new ZTest(p1 - p2, z, Math.Min(1, 2 * (1 - NormalCdf(Math.Abs(z)))));
    }

    /// <summary>Standard normal CDF through erf (Abramowitz &amp; Stegun 7.1.26, |error| ≤ 1.5e-7).</summary>
    public static double NormalCdf(double x) => 0.5 * (1 + Erf(x / Math.Sqrt(2)));

    private static double Erf(double x)
    {
        var sign = Math.Sign(x);
        x = Math.Abs(x);
        var t = 1 / (1 + 0.3275911 * x);
        var y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return sign * y;
    }
}
