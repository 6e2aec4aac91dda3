using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// What one WeCom <c>change_external_chat</c> event means for the launches whose groups link its
/// chat: members joining or leaving (by member id where WeCom lists them, by count for the rest),
/// a dismissed chat, a renamed chat to re-read. Pure, like <see cref="YouzanRouter"/>: the caller
/// applies the events, then remembers the event's <see cref="SourceDecision.MsgId"/>.
/// </summary>
public static class WeComRouter
{
    public const string Unlinked = "unlinked-chat";

    public static SourceDecision Decide(WeComEvent e, TradeLedger ledger, IReadOnlyList<WeComLink> links, DateTimeOffset now)
    {
        var key = e.DedupeKey();
        if (ledger.HasMessage(key)) return new SourceDecision(SourceVerdict.Duplicate, "msg-id");
        var what = e.UpdateDetail is { Length: > 0 } d ? $"{e.ChangeType}/{d}" : e.ChangeType!;
        if (links.Count == 0)
            return new SourceDecision(SourceVerdict.Unmatched, Unlinked) { MsgId = key, Unmatched = [new UnmatchedExample(now, e.ChatId!, [what], Unlinked)] };
        var open = links.Where(l => l.Open).ToList();
        if (open.Count == 0)
            return new SourceDecision(SourceVerdict.Unmatched, "no-open-launch") { MsgId = key, Unmatched = [new UnmatchedExample(now, e.ChatId!, [what], "no-open-launch")] };

        var at = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(e.CreateTime, 0, 253402300799)) is var t
                 && t <= now + IngestLimits.MaxClockSkew && t >= now - IngestLimits.MaxLateness ? t : now;
        Func<WeComLink, IReadOnlyList<LaunchEvent>>? make = (e.ChangeType, e.UpdateDetail) switch
        {
            ("update", "add_member") => l => Members(EventKind.MemberJoined, e, key, l, at),
            ("update", "del_member") => l => Members(EventKind.MemberLeft, e, key, l, at),
            ("dismiss", _) => l => [new LaunchEvent { Kind = EventKind.GroupDismissed, Id = key, GroupId = l.GroupId, At = at }],
            _ => null,
        };
        if (make is null)
        {
            // A rename carries no name: the grain reads it from WeCom's API. Creation, owner and notice changes move no count.
            return e is { ChangeType: "update", UpdateDetail: "change_name" }
                ? new SourceDecision(SourceVerdict.Accepted, "change_name") { MsgId = key, Refresh = open }
                : new SourceDecision(SourceVerdict.Ignored, what) { MsgId = key };
        }
        var events = open.GroupBy(l => l.LaunchId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<LaunchEvent>)g.SelectMany(make).ToList(), StringComparer.Ordinal);
        return new SourceDecision(SourceVerdict.Accepted) { Events = events, MsgId = key };
    }

    /// <summary>
    /// One event per changed member. WeCom lists member ids, but the count (MemChangeCnt) may exceed
    /// the list; the rest get ids made from the event, so the group's count stays exact and a repeat
    /// of the same callback makes the same ids (which the group ignores).
    /// </summary>
    private static List<LaunchEvent> Members(EventKind kind, WeComEvent e, string key, WeComLink link, DateTimeOffset at)
    {
        var ids = e.Members.Distinct(StringComparer.Ordinal).ToList();
        var count = Math.Max(e.MemChangeCnt, ids.Count);
        for (var n = ids.Count; n < count; n++) ids.Add($"{key}~{n}");
        return ids.Select(m => new LaunchEvent { Kind = kind, Id = $"{key}/{m}", GroupId = link.GroupId, At = at, MemberId = m }).ToList();
    }
}
