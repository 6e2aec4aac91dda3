using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Review;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;
using LiveRoom.Web.Launches;

namespace LiveRoom.Web.Review;

/// <summary>
/// Everything the review page (复盘) shows, computed once from the launch's stored board, its
/// groups and its timeline: built from plain values so it is tested without a cluster.
/// </summary>
public sealed class ReviewModel
{
    /// <summary>The charts cover T0 − 30 min to the end (or the last data), at most this many minutes.</summary>
    public const int MaxChartMinutes = 24 * 60;
    public const int RankedGroups = 5;

    private ReviewModel(LaunchDefinition definition, LaunchSnapshot snapshot, IReadOnlyList<GroupRegistration> groups, TimelineDigest digest)
    {
        Definition = definition;
        Totals = snapshot.Totals;
        Series = snapshot.Series.ToDictionary(p => p.Minute, p => p.Counts);
        // Best and worst by orders, then GMV; "worst" only among groups that had visitors, so a
        // group that never got its link posted shows up as silent on the board, not here.
        var ranked = snapshot.Groups.OrderByDescending(g => g.Orders).ThenByDescending(g => g.Gmv).ThenBy(g => g.Id, StringComparer.Ordinal).ToList();
        Best = ranked.Take(RankedGroups).ToList();
        Worst = ranked.Where(g => g.UniqueVisitors > 0).Reverse().Take(RankedGroups).Where(g => !Best.Contains(g)).ToList();
        ByMode = ConversionArms.ByMode(snapshot.Groups, groups);
        ByVariant = ConversionArms.ByVariant(snapshot.Groups);
        Digest = digest;
        var lastData = Series.Count == 0 ? ChartData.MinuteOf(definition.EndsAt) : Series.Keys.Max();
        ChartLast = Math.Min(ChartData.MinuteOf(definition.EndsAt), lastData);
        ChartFirst = Math.Max(ChartData.MinuteOf(definition.StartsAt.AddMinutes(-30)), ChartLast - MaxChartMinutes + 1);
        if (Series.Count > 0) ChartFirst = Math.Min(ChartFirst, Math.Max(Series.Keys.Min(), ChartLast - MaxChartMinutes + 1));
    }

    public static ReviewModel From(LaunchDefinition definition, LaunchSnapshot snapshot, IReadOnlyList<GroupRegistration> groups, IEnumerable<TimelineEntry> timeline,
        IReadOnlyList<Grains.Playbooks.IncidentSummary>? incidents = null) =>
        new(definition, snapshot, groups, TimelineDigest.From(timeline).WithFirstMessages(
            (incidents ?? []).Where(i => i.FirstQueuedAt is not null).ToDictionary(i => i.Id, i => i.FirstQueuedAt!.Value, StringComparer.Ordinal)));

    public LaunchDefinition Definition { get; }
    public LaunchTotals Totals { get; }
    public IReadOnlyDictionary<long, MinuteBucket> Series { get; }
    public IReadOnlyList<GroupRow> Best { get; }
    public IReadOnlyList<GroupRow> Worst { get; }
    public ArmReport ByMode { get; }
    public ArmReport ByVariant { get; }
    public TimelineDigest Digest { get; }
    public long ChartFirst { get; }
    public long ChartLast { get; }

    /// <summary>Achieved ÷ target, or null when no target was set.</summary>
    public static double? OfTarget(decimal achieved, decimal target) => target <= 0 ? null : (double)(achieved / target);
}
