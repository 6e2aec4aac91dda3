using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Cues;

/// <summary>The launch-wide facts the cue engine needs, read from a launch's definition and board.</summary>
public static class CueContextBuilder
{
    /// <summary>"The launch overall is moving" is judged over this many recent minutes.</summary>
    public const int RateMinutes = 3;

    public static LaunchContext Build(LaunchDefinition d, LaunchBoardState board, DateTimeOffset now)
    {
        var phase = PhaseClock.PhaseAt(d, now);
        DateTimeOffset? liveSince = phase is LaunchPhase.Live or LaunchPhase.Closing
            // Pinned Live before T0: the operator started it when the override was saved.
            ? d.StartsAt <= now ? d.StartsAt : d.UpdatedAt
            : null;
        var current = UnixMinute.Of(now);
        int signups = 0, orders = 0;
        for (var m = current - RateMinutes + 1; m <= current; m++)
        {
            var b = board.Series[m];
            signups += b.Signups;
            orders += b.Orders;
        }
        var sku = d.Skus.FirstOrDefault();
        return new LaunchContext
        {
            LaunchId = d.Id,
            Phase = phase,
            LiveSince = liveSince,
            SignupsPerMinute = (double)signups / RateMinutes,
            OrdersPerMinute = (double)orders / RateMinutes,
            FeaturedSku = sku?.Name,
            Remaining = sku is null ? null : Math.Max(0, board.Inventory.Stock(sku) - board.Inventory.Sold(sku.Id)),
        };
    }
}
