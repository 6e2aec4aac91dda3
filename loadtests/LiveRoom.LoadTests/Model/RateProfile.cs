namespace LiveRoom.LoadTests.Model;

/// <summary>
/// How a launch's activity is spread over the run: a relative rate curve over the run's fraction
/// x ∈ [0, 1), with T0 (the sale opening) at <see cref="T0"/>. The launch model samples each
/// member's visits and chat from this curve, so the curve is the shape of the traffic, while the
/// population decides its volume.
/// </summary>
public sealed class RateProfile
{
    private const int Bins = 1000;
    private readonly Func<double, double> _rate;
    private readonly double[] _cumulative = new double[Bins + 1];

    private RateProfile(string name, double t0, Func<double, double> rate, Func<double, string> phase)
    {
        Name = name;
        T0 = t0;
        _rate = rate;
        PhaseAt = phase;
        for (var i = 0; i < Bins; i++) _cumulative[i + 1] = _cumulative[i] + rate((i + 0.5) / Bins);
        Mean = _cumulative[Bins] / Bins;
    }

    public string Name { get; }

    /// <summary>The sale opens here (fraction of the run); orders are only placed after it.</summary>
    public double T0 { get; }

    /// <summary>The launch phase at a fraction of the run, as LiveRoom names them.</summary>
    public Func<double, string> PhaseAt { get; }

    public double Mean { get; }

    /// <summary>Rate at x relative to the run's mean rate (1 = average).</summary>
    public double Relative(double x) => _rate(Math.Clamp(x, 0, 0.999999)) / Mean;

    /// <summary>A point in time drawn from the curve (inverse of the cumulative rate).</summary>
    public double Sample(Random random)
    {
        var target = random.NextDouble() * _cumulative[Bins];
        var lo = 0;
        var hi = Bins;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) / 2;
            if (_cumulative[mid] <= target) lo = mid;
            else hi = mid;
        }
        var within = (target - _cumulative[lo]) / Math.Max(1e-12, _cumulative[lo + 1] - _cumulative[lo]);
        return (lo + within) / Bins;
    }

    public static readonly string[] Names = ["steady", "spike", "launch-day"];

    public static RateProfile Parse(string name) => name switch
    {
        "steady" => Steady(),
        "spike" => Spike(),
        "launch-day" => LaunchDay(),
        _ => throw new ArgumentException($"unknown profile '{name}' (use {string.Join(", ", Names)})"),
    };

    /// <summary>The same rate all along; the sale is open from the start.</summary>
    public static RateProfile Steady() => new("steady", 0, _ => 1, _ => "Live");

    /// <summary>A quiet quarter, then T0: ten times the base rate, decaying back within a tenth of the run.</summary>
    public static RateProfile Spike() => new("spike", 0.25,
        x => x < 0.25 ? 1 : 1 + 9 * Math.Exp(-(x - 0.25) / 0.04),
        x => x < 0.25 ? "Countdown" : "Live");

    /// <summary>
    /// Warm-up (0–25 %, low and flat), countdown (25–40 %, rising), the T0 spike (40 %, twelve
    /// times the warm-up rate), decay (to 85 %), and the closing push (85–100 %, a second, smaller rise).
    /// </summary>
    public static RateProfile LaunchDay() => new("launch-day", 0.40, LaunchDayRate, LaunchDayPhase);

    private static double LaunchDayRate(double x) => x switch
    {
        < 0.25 => 0.5,
        < 0.40 => 0.5 + 1.5 * (x - 0.25) / 0.15,
        < 0.85 => 1.2 + 4.8 * Math.Exp(-(x - 0.40) / 0.05),
        _ => 1.2 + 1.8 * (x - 0.85) / 0.15,
    };

    private static string LaunchDayPhase(double x) => x switch
    {
        < 0.25 => "Warmup",
        < 0.40 => "Countdown",
        < 0.85 => "Live",
        _ => "Closing",
    };
}
