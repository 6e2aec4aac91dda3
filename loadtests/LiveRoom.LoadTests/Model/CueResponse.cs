using System.Text;

namespace LiveRoom.LoadTests.Model;

/// <summary>
/// How the modelled seeded members answer their cues: a share of them is acknowledged, after a
/// log-normal delay (most within seconds, a tail that reaches the escalation time), the rest is
/// left alone (it escalates, then expires, as with a member who missed it). Decided from the run's
/// seed and the cue's id only, so the same cue gets the same answer whenever it is seen.
/// </summary>
public sealed record CueResponse(double AckShare, TimeSpan MedianDelay, int Seed)
{
    /// <summary>Spread of the delay (log-normal σ): with a median of 8 s, p90 ≈ 17 s, p99 ≈ 32 s.</summary>
    public const double Sigma = 0.6;
    public static readonly TimeSpan MinDelay = TimeSpan.FromSeconds(1);
    /// <summary>Below the default escalation time (60 s): a member who answers, answers before the operator is alerted.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(45);

    public (bool Ack, TimeSpan Delay) Decide(string cueId)
    {
        var h = Hash(cueId);
        var ack = Uniform(ref h) < AckShare;
        // Box–Muller from two further uniforms; 1 − u keeps the logarithm finite.
        var z = Math.Sqrt(-2 * Math.Log(1 - Uniform(ref h))) * Math.Cos(2 * Math.PI * Uniform(ref h));
        var delay = TimeSpan.FromMilliseconds(MedianDelay.TotalMilliseconds * Math.Exp(Sigma * z));
        return (ack, delay < MinDelay ? MinDelay : delay > MaxDelay ? MaxDelay : delay);
    }

    /// <summary>FNV-1a over the id's UTF-8, then the seed: stable across processes, unlike string.GetHashCode.</summary>
    private ulong Hash(string id)
    {
        var h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(id)) h = (h ^ b) * 1099511628211UL;
        return h ^ (ulong)(uint)Seed * 0x9E3779B97F4A7C15UL;
    }

    /// <summary>The next SplitMix64 step as a uniform in [0, 1).</summary>
    private static double Uniform(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return ((z ^ (z >> 31)) >> 11) * (1.0 / (1UL << 53));
    }
}
