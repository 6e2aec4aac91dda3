using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Announcements;

/// <summary>
/// Before T0: for every planned notice and every group, which channel carries it, when the
/// channel's limits let it go and land, and a verdict with a fix. It replays the outbox's own
/// rules on paper: each robot or endpoint (<see cref="DeliveryChannel.RateKey"/>) sends at most
/// its per-minute limit in any window, in due order, shared by every group posting through it;
/// a channel that cannot reach the group's kind of chat (<see cref="ChannelReach"/>) never lands.
/// </summary>
public static class DeliveryPlanner
{
    public const string RateLimited = "reach.rate_limited";
    public const string TooLate = "reach.too_late";
    public const string NoChannel = "reach.no_channel";
    public const string FixSendEarlier = "reach.fix.send_earlier";
    public const string FixMoreRobots = "reach.fix.more_robots";
    public const string FixOtherChannel = "reach.fix.other_channel";
    public const string FixMoreStaff = "reach.fix.more_staff";
    public const string StaffPace = "reach.staff_pace";

    /// <summary>Every code the planner records (both languages must exist for each).</summary>
    public static readonly IReadOnlyList<string> Codes =
        [RateLimited, TooLate, NoChannel, FixSendEarlier, FixMoreRobots, FixOtherChannel, FixMoreStaff, StaffPace, "reach.robot_internal_only", "reach.inbox_not_chat"];

    /// <summary>From the send to the message in the chat: a gateway's or WeCom's own hop.</summary>
    public static readonly TimeSpan SendToLand = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A person posting by hand: open the page, copy, switch to the chat, paste, send, tap 已发.
    /// About 15 s a group when practised (our estimate, docs/delivery.md); one person's groups
    /// queue behind each other, so an owner of 50 groups finishes a notice 12 minutes after it is due.
    /// </summary>
    public static readonly TimeSpan StaffSecondsPerGroup = TimeSpan.FromSeconds(15);

    public static DeliveryForecast Forecast(
        AnnouncementPlan plan, DateTimeOffset t0, DateTimeOffset endsAt, IReadOnlyDictionary<string, int> done,
        IReadOnlyList<GroupRegistration> groups, DateTimeOffset now, TimeSpan rateWindow, TimeSpan? staffPostLateAfter = null,
        int maxAtRisk = 200, int maxPerEntry = 20)
    {
        var staffOnTime = staffPostLateAfter ?? Posting.StaffPostRules.DefaultLateAfter;
        var entries = plan.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var sends = new List<Send>();
        var notices = new List<(DueOccurrence Occurrence, string Label)>();
        foreach (var o in AnnouncementPlanner.Upcoming(plan, t0, endsAt, done, maxPerEntry)
                     .Where(o => o.ScheduledAt >= now - AnnouncementPlanner.OnTimeSlack)
                     .OrderBy(o => o.ScheduledAt))
        {
            var entry = entries[o.EntryId];
            // A repeating entry's occurrences are told apart by their own time ("T+4m"), not the entry's label.
            notices.Add((o, entry.RepeatEvery is null ? entry.Label : ScheduleEntry.OffsetLabel(o.ScheduledAt - t0)));
            foreach (var g in entry.Target.Select(groups)) sends.Add(new Send(o, g, g.Channel ?? DeliveryChannel.Inbox));
        }

        var rows = new List<DeliveryForecastRow>(sends.Count);
        foreach (var bucket in sends.GroupBy(BucketOf, StringComparer.Ordinal))
            rows.AddRange(PlanBucket(bucket.ToList(), plan.LateWindow, rateWindow, staffOnTime));

        var byNotice = rows.ToLookup(r => (r.EntryId, r.Occurrence));
        var summary = notices.Select(n =>
        {
            var of = byNotice[(n.Occurrence.EntryId, n.Occurrence.Index)].ToList();
            return new DeliveryForecastNotice(n.Occurrence.EntryId, n.Occurrence.Index, n.Label, n.Occurrence.ScheduledAt, of.Count,
                of.Count(r => r.Verdict == DeliveryVerdict.OnTime), of.Count(r => r.Verdict == DeliveryVerdict.Late),
                of.Count(r => r.Verdict == DeliveryVerdict.Impossible), of.Max(r => r.LandsAt));
        }).ToList();
        var atRisk = rows.Where(r => r.Verdict != DeliveryVerdict.OnTime)
            .OrderByDescending(r => r.Verdict).ThenByDescending(r => r.LateBy).ThenBy(r => r.DueAt).ThenBy(r => r.GroupId, StringComparer.Ordinal)
            .ToList();
        return new DeliveryForecast(now, summary, atRisk.Take(maxAtRisk).ToList(), atRisk.Count);
    }

    /// <summary>A robot or endpoint shares its limit between its groups; a staff-posted group's pace is its owner's.</summary>
    private static string BucketOf(Send s) =>
        s.Channel.Kind == ChannelKind.StaffPost ? $"staff:{s.Group.Owner ?? s.Group.Id}" : s.Channel.RateKey;

    /// <summary>
    /// One robot or endpoint (its sends in due order through its sliding window), or one owner's
    /// staff-posted groups (each of the owner's people posts one group at a time, <see cref="StaffSecondsPerGroup"/>
    /// each; a notice posted within <paramref name="staffOnTime"/> counts as on time, as on the matrix).
    /// </summary>
    private static IEnumerable<DeliveryForecastRow> PlanBucket(List<Send> sends, TimeSpan lateWindow, TimeSpan rateWindow, TimeSpan staffOnTime)
    {
        var channel = sends[0].Channel;
        var staff = channel.Kind == ChannelKind.StaffPost;
        var people = staff ? 1 + sends[0].Group.Assistants.Count : 0;
        var perMinute = staff ? 0 : channel.EffectivePerMinute;
        var onTime = staff ? staffOnTime : AnnouncementPlanner.OnTimeSlack;
        var ordered = sends.OrderBy(s => s.Occurrence.ScheduledAt).ThenBy(s => s.Group.Id, StringComparer.Ordinal).ToList();
        var sentAt = new List<DateTimeOffset>(ordered.Count);
        var freeAt = Enumerable.Repeat(DateTimeOffset.MinValue, people).ToArray();
        // Groups per notice here: how many robots or people would carry each notice in time.
        var perNotice = ordered.CountBy(s => s.Occurrence.AnnouncementId).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        foreach (var s in ordered)
        {
            if (ChannelReach.Refusal(channel.Kind, s.Group.Kind) is { } refusal)
            {
                var code = s.Group.Channel is null ? NoChannel : refusal;
                yield return Row(s, null, DeliveryVerdict.Impossible, ServerText.Of(code, ("kind", s.Group.Kind.ToString())),
                    [ServerText.Of(FixOtherChannel, ("channel", Suggested(s.Group.Kind)))]);
                continue;
            }

            var due = s.Occurrence.ScheduledAt;
            DateTimeOffset lands;
            if (staff)
            {
                // The first free person takes the next group.
                var who = Array.IndexOf(freeAt, freeAt.Min());
                lands = (freeAt[who] > due ? freeAt[who] : due) + StaffSecondsPerGroup;
                // A person skips a notice that is stale by the time they would get to it (its numbers
                // are wrong): it costs them no time, so one hopeless notice does not push every later one.
                if (lands - due <= staffOnTime + lateWindow) freeAt[who] = lands;
            }
            else
            {
                var send = due;
                // Sliding window: the k-th send waits for the (k − limit)-th to leave the window.
                if (perMinute > 0 && sentAt.Count >= perMinute && sentAt[^perMinute] + rateWindow > send) send = sentAt[^perMinute] + rateWindow;
                sentAt.Add(send);
                lands = send + SendToLand;
            }
            var late = lands - due;
            if (late <= onTime)
            {
                yield return Row(s, lands, DeliveryVerdict.OnTime, null, []);
                continue;
            }
            var groups = perNotice[s.Occurrence.AnnouncementId];
            IReadOnlyList<ServerText> fixes =
            [
                ServerText.Of(FixSendEarlier, ("seconds", (int)Math.Ceiling((late - onTime).TotalSeconds))),
                staff
                    ? ServerText.Of(FixMoreStaff, ("people", (int)Math.Ceiling(groups * StaffSecondsPerGroup.TotalSeconds / staffOnTime.TotalSeconds)))
                    : ServerText.Of(FixMoreRobots, ("robots", (int)Math.Ceiling(groups / (double)perMinute))),
            ];
            var why = staff ? ServerText.Of(StaffPace, ("seconds", (int)StaffSecondsPerGroup.TotalSeconds)) : ServerText.Of(RateLimited, ("perMinute", perMinute));
            yield return late <= onTime + lateWindow
                ? Row(s, lands, DeliveryVerdict.Late, why, fixes)
                : Row(s, lands, DeliveryVerdict.Impossible, ServerText.Of(TooLate, ("window", (int)lateWindow.TotalSeconds)), fixes);
        }
    }

    /// <summary>The channel that does reach a group of this kind (docs/delivery.md).</summary>
    private static string Suggested(GroupKind kind) => kind switch
    {
        GroupKind.WeComInternal => nameof(ChannelKind.WeCom),
        _ => nameof(ChannelKind.Webhook),
    };

    private static DeliveryForecastRow Row(Send s, DateTimeOffset? lands, DeliveryVerdict verdict, ServerText? reason, IReadOnlyList<ServerText> fixes) =>
        new(s.Occurrence.EntryId, s.Occurrence.Index, s.Group.Id, s.Channel.Kind, s.Occurrence.ScheduledAt, lands, verdict, reason, fixes);

    private sealed record Send(DueOccurrence Occurrence, GroupRegistration Group, DeliveryChannel Channel);
}
