using System.Collections;
using System.Diagnostics;
using System.Globalization;

namespace LiveRoom.Testing;

/// <summary>
/// The only place tests wait: polls a probe until its value satisfies a condition and fails with
/// what was awaited and the last value (or error) seen when it does not in time. The pause between
/// polls is pacing, not synchronisation: a test never sleeps and then asserts.
/// </summary>
/// <remarks>
/// Every timeout is multiplied by <see cref="Scale"/>, read from the environment variable
/// <c>LIVEROOM_TEST_TIME_SCALE</c> (default 1): a slow or busy machine gets longer deadlines
/// without touching a test, so no test depends on the machine being idle.
/// </remarks>
public static class Wait
{
    public const string ScaleVariable = "LIVEROOM_TEST_TIME_SCALE";

    // Short at first so in-process waits end quickly, longer later so polling a busy machine does not add to its load.
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(100);

    public static double Scale { get; } = ReadScale();

    /// <summary>The deadline when a caller gives none: 10 s, scaled.</summary>
    public static TimeSpan DefaultTimeout => Scaled(TimeSpan.FromSeconds(10));

    /// <summary>A time limit as configured for this machine (<see cref="Scale"/>).</summary>
    public static TimeSpan Scaled(TimeSpan timeout) => timeout * Scale;

    /// <summary>
    /// Polls <paramref name="probe"/> until <paramref name="done"/> holds for its value and returns that value.
    /// With <paramref name="retryErrors"/>, a probe that throws (a node restarting, a request timing
    /// out) is tried again until the deadline; otherwise its exception ends the wait at once.
    /// </summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null, bool retryErrors = false)
    {
        var limit = Scaled(timeout ?? TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();
        var pause = FirstPause;
        var seen = false;
        T last = default!;
        Exception? lastError = null;
        while (true)
        {
            try
            {
                last = await probe();
                seen = true;
                lastError = null;
                if (done(last)) return last;
            }
            catch (Exception ex) when (retryErrors)
            {
                lastError = ex;
            }
            if (clock.Elapsed > limit) throw new TimeoutException(Failure(what, limit, seen, last, lastError), lastError);
            await Task.Delay(pause);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
        }
    }

    /// <inheritdoc cref="Until{T}(Func{Task{T}}, Func{T, bool}, string, TimeSpan?, bool)"/>
    public static Task<T> Until<T>(Func<T> probe, Func<T, bool> done, string what, TimeSpan? timeout = null) =>
        Until(() => Task.FromResult(probe()), done, what, timeout);

    /// <summary>Polls <paramref name="condition"/> until it is true.</summary>
    public static Task Until(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, bool retryErrors = false) =>
        Until(condition, ok => ok, what, timeout, retryErrors);

    /// <summary>Waits for <paramref name="task"/> (a message a test client is waiting to receive) and returns its result.</summary>
    public static async Task<T> Until<T>(Task<T> task, string what, TimeSpan? timeout = null)
    {
        await Until((Task)task, what, timeout);
        return await task;
    }

    /// <inheritdoc cref="Until{T}(Task{T}, string, TimeSpan?)"/>
    public static async Task Until(Task task, string what, TimeSpan? timeout = null)
    {
        var limit = Scaled(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            await task.WaitAsync(limit);
        }
        catch (TimeoutException ex) when (!task.IsCompleted)
        {
            throw new TimeoutException(Failure(what, limit, seen: false, (object?)null, error: null), ex);
        }
    }

    private static string Failure<T>(string what, TimeSpan limit, bool seen, T last, Exception? error)
    {
        var scale = Scale == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({ScaleVariable}={Scale})");
        var message = string.Create(CultureInfo.InvariantCulture, $"Waited {limit.TotalSeconds:0.#} s{scale} for {what}; ");
        message += seen ? $"last value: {Describe(last)}" : "no value was read";
        return error is null ? message : $"{message}; last error: {error.GetType().Name}: {error.Message}";
    }

    private static string Describe<T>(T value) => value switch
    {
        null => "null",
        IEnumerable e and not string => $"[{string.Join(", ", e.Cast<object?>().Take(20))}]",
        _ => value.ToString() ?? "",
    };

    private static double ReadScale()
    {
        var text = Environment.GetEnvironmentVariable(ScaleVariable);
        if (string.IsNullOrWhiteSpace(text)) return 1;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0) return scale;
        throw new InvalidOperationException($"{ScaleVariable} must be a positive number, not '{text}'.");
    }
}
