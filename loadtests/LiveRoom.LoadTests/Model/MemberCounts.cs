namespace LiveRoom.LoadTests.Model;

/// <summary>
/// Group sizes: <c>fixed:N</c> or <c>lognormal:MEDIAN[:SIGMA]</c> (chat groups are a few large
/// ones and many ordinary ones; σ defaults to 0.5). Sizes are kept within 3 … 2,000, WeChat's
/// own limit being 500 for most groups and 2,000 for a few.
/// </summary>
public sealed record MemberCounts(string Kind, double Median, double Sigma)
{
    public static MemberCounts Parse(string text)
    {
        var parts = text.Split(':');
        double Number(int i) => double.TryParse(parts[i], System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0
            ? v : throw new ArgumentException($"--members: '{parts[i]}' is not a positive number");
        return parts switch
        {
            ["fixed", _] => new MemberCounts("fixed", Number(1), 0),
            ["lognormal", _] => new MemberCounts("lognormal", Number(1), 0.5),
            ["lognormal", _, _] => new MemberCounts("lognormal", Number(1), Number(2)),
            _ => throw new ArgumentException($"--members: '{text}' is not fixed:N or lognormal:MEDIAN[:SIGMA]"),
        };
    }

    public int Next(Random random)
    {
        if (Kind == "fixed") return Math.Clamp((int)Median, 3, 2_000);
        // Box–Muller: one standard normal from two uniforms.
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Clamp((int)Math.Round(Median * Math.Exp(Sigma * normal)), 3, 2_000);
    }

    public override string ToString() => Kind == "fixed" ? $"fixed:{Median}" : $"lognormal:{Median}:{Sigma}";
}
