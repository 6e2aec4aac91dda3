namespace LiveRoom.LoadTests.Model;

/// <summary>
/// Derives independent seeds from the run's seed (SplitMix64). Not <see cref="HashCode"/>: it is
/// randomised per process, and a seed must give the same run tomorrow.
/// </summary>
public static class Seeds
{
    public static int Mix(int seed, int a, int b)
    {
        var z = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)a << 32 ^ (uint)b;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }
}
