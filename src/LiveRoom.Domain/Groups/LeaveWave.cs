using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Groups;

/// <summary>
/// Flags a group whose members are leaving fast: in the last five minutes at least 5 leaves and
/// at least 3% of its members. A leave wave during a launch usually means an angry chat.
/// </summary>
public static class LeaveWave
{
    public static string? Check(MinuteSeries series, int members, DateTimeOffset now)
    {
        var current = UnixMinute.Of(now);
        var leaves = 0;
        for (var m = current - 4; m <= current; m++) leaves += series[m].Leaves;
        return leaves >= 5 && leaves >= 0.03 * Math.Max(members + leaves, 1) ? AlertCodes.LeaveWave : null;
    }
}
