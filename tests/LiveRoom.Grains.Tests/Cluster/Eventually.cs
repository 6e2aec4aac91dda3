using System.Diagnostics;

namespace LiveRoom.Grains.Tests.Cluster;

/// <summary>
/// The only place tests wait: polls a probe until its value satisfies a condition, and fails with
/// the last value seen when it does not within the timeout. The delay between polls is pacing, not
/// synchronisation.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (clock.Elapsed > limit)
                throw new TimeoutException($"Waited {limit.TotalSeconds:0.#} s for {what}; last value: {Describe(value)}");
            await Task.Delay(10);
        }
    }

    public static Task<T> Until<T>(Func<T> probe, Func<T, bool> done, string what, TimeSpan? timeout = null) =>
        Until(() => Task.FromResult(probe()), done, what, timeout);

    private static string Describe<T>(T value) => value switch
    {
        null => "null",
        System.Collections.IEnumerable e and not string => $"[{string.Join(", ", e.Cast<object?>().Take(20))}]",
        _ => value.ToString() ?? "",
    };
}
