using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Run;

/// <summary>
/// Shops and bots retry a webhook that got no answer or a 5xx (0.5 s, 1 s, 2 s…); the events keep
/// their ids, so a retry of a request that was in fact applied changes nothing. Every attempt is
/// kept in the <see cref="Delivery"/>: the last decides success and latency, the others still
/// count by status (a 503 hidden by a successful retry is a 5xx all the same).
/// </summary>
public static class Resend
{
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(500 << attempt);

    /// <param name="retryable">False for requests that must not be retried (malformed webhooks: their answer is the test).</param>
    /// <param name="backoff">Wait before retry n (0-based); <see cref="Backoff"/> in a run.</param>
    public static async Task<Delivery> SendAsync(Func<Task<WireOutcome>> send, bool retryable, int retries, Action onRetry, Func<int, TimeSpan> backoff)
    {
        var attempts = new List<WireOutcome>(1);
        for (var attempt = 0; ; attempt++)
        {
            var outcome = await send();
            attempts.Add(outcome);
            if (!retryable || outcome.Status is >= 200 and < 500 || attempt >= retries) return new Delivery(attempts);
            onRetry();
            await Task.Delay(backoff(attempt));
        }
    }
}
