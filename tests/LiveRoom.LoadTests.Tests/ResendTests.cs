using LiveRoom.LoadTests.Run;
using LiveRoom.LoadTests.Wire;

namespace LiveRoom.LoadTests.Tests;

/// <summary>Webhook retries keep every attempt, so what a retry recovered from is still reported.</summary>
public sealed class ResendTests
{
    private static Func<Task<WireOutcome>> Answers(params int[] statuses)
    {
        var next = 0;
        return () => Task.FromResult(new WireOutcome(statuses[next++], false));
    }

    private static Task<Delivery> Send(Func<Task<WireOutcome>> send, bool retryable, int retries, Action? onRetry = null) =>
        Resend.SendAsync(send, retryable, retries, onRetry ?? (() => { }), _ => TimeSpan.Zero);

    [Fact]
    public async Task A_503_then_a_200_keeps_both_attempts_and_the_200_decides()
    {
        var retried = 0;
        var delivery = await Send(Answers(503, 200), retryable: true, retries: 3, () => retried++);
        Assert.Equal([503, 200], delivery.Attempts.Select(a => a.Status));
        Assert.True(delivery.Final.Ok);
        Assert.Equal(1, retried);
    }

    [Fact]
    public async Task Gives_up_after_the_retries_with_every_attempt_kept() =>
        Assert.Equal([0, 503, 502], (await Send(Answers(0, 503, 502, 200), retryable: true, retries: 2)).Attempts.Select(a => a.Status));

    [Theory]
    [InlineData(400)]
    [InlineData(200)]
    public async Task A_client_error_or_success_is_not_retried(int status) =>
        Assert.Single((await Send(Answers(status, 200), retryable: true, retries: 3)).Attempts);

    [Fact]
    public async Task A_request_marked_not_retryable_is_sent_once_even_after_a_5xx() =>
        Assert.Equal(503, Assert.Single((await Send(Answers(503, 400), retryable: false, retries: 3)).Attempts).Status);

    [Fact]
    public void The_backoff_doubles_from_half_a_second() =>
        Assert.Equal([500, 1000, 2000], Enumerable.Range(0, 3).Select(i => Resend.Backoff(i).TotalMilliseconds));
}
