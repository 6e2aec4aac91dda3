using LiveRoom.Domain.Access;
using LiveRoom.Domain.Tests.Support;

namespace LiveRoom.Domain.Tests.Access;

public sealed class LoginThrottleTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_fifth_failure_blocks_the_key_until_the_oldest_leaves_the_window()
    {
        var throttle = new LoginThrottle(_clock, maxFailures: 5, window: TimeSpan.FromMinutes(5));
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("user:bob");
            _clock.Advance(TimeSpan.FromSeconds(10));
        }
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("user:bob"));

        throttle.Failed("user:bob");
        Assert.Equal(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(40), throttle.RetryAfter("user:bob"));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("user:alice"));

        _clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(40));
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("user:bob"));
    }

    [Fact]
    public void A_success_forgives_the_key()
    {
        var throttle = new LoginThrottle(_clock, maxFailures: 2);
        throttle.Failed("user:bob");
        throttle.Failed("user:bob");
        Assert.True(throttle.RetryAfter("user:bob") > TimeSpan.Zero);
        throttle.Succeeded("user:bob");
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("user:bob"));
    }
}
