using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Tests.Groups;

public class LeaveWaveTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 30, TimeSpan.Zero);
    private static readonly long M = UnixMinute.Of(Now);

    private static MinuteSeries Leaves(params (long Minute, int Count)[] points)
    {
        var s = new MinuteSeries();
        foreach (var (m, c) in points) s.Add(m, new MinuteBucket { Leaves = c });
        return s;
    }

    [Fact]
    public void Five_leaves_in_five_minutes_of_a_small_group_is_a_wave()
    {
        Assert.Equal(AlertCodes.LeaveWave, LeaveWave.Check(Leaves((M - 4, 2), (M, 3)), members: 100, Now));
    }

    [Fact]
    public void Four_leaves_is_not_a_wave()
    {
        Assert.Null(LeaveWave.Check(Leaves((M, 4)), members: 10, Now));
    }

    [Fact]
    public void Leaves_older_than_five_minutes_do_not_count()
    {
        Assert.Null(LeaveWave.Check(Leaves((M - 5, 10), (M, 1)), members: 10, Now));
    }

    [Fact]
    public void A_big_group_needs_three_percent()
    {
        Assert.Null(LeaveWave.Check(Leaves((M, 10)), members: 490, Now));  // 10 / 500 = 2%
        Assert.Equal(AlertCodes.LeaveWave, LeaveWave.Check(Leaves((M, 15)), members: 485, Now)); // 15 / 500 = 3%
    }
}
