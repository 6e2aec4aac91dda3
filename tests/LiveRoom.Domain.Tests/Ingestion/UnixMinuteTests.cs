using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Tests.Ingestion;

public class UnixMinuteTests
{
    [Fact]
    public void Seconds_inside_a_minute_share_its_bucket()
    {
        var start = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(UnixMinute.Of(start), UnixMinute.Of(start.AddSeconds(59.9)));
        Assert.Equal(UnixMinute.Of(start) + 1, UnixMinute.Of(start.AddSeconds(60)));
        Assert.Equal(start, UnixMinute.Start(UnixMinute.Of(start.AddSeconds(30))));
    }

    [Fact]
    public void Times_before_the_epoch_round_down()
    {
        Assert.Equal(-1, UnixMinute.Of(DateTimeOffset.UnixEpoch.AddSeconds(-1)));
        Assert.Equal(-1, UnixMinute.Of(DateTimeOffset.UnixEpoch.AddSeconds(-60)));
        Assert.Equal(-2, UnixMinute.Of(DateTimeOffset.UnixEpoch.AddSeconds(-61)));
    }
}
