namespace LiveRoom.LoadTests.Wire;

/// <summary>
/// Every attempt at one request, in order; the last is the answer that counts for success and
/// latency. The earlier ones are kept because a 5xx that a retry papered over is still a 5xx.
/// </summary>
public sealed record Delivery(IReadOnlyList<WireOutcome> Attempts)
{
    public WireOutcome Final => Attempts[^1];

    public static Delivery Once(WireOutcome outcome) => new([outcome]);
}
