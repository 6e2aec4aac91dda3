using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Cues;

/// <summary>
/// Collects a launch's cue events between ticks and turns them into a few timeline entries per tick:
/// one per action and cue kind (with every group concerned), so a burst of 500 cues is one line
/// for the review, not 500, and costs the timeline one append.
/// </summary>
public sealed class CueTimeline
{
    private readonly List<(string Action, TimelineKind Kind, string Actor, CueRecord Record, string? GroupName)> _pending = [];

    public void Issued(IEnumerable<CueRecord> records, IReadOnlyDictionary<string, GroupRegistration> groups)
    {
        foreach (var r in records)
        {
            var name = groups.GetValueOrDefault(r.Cue.GroupId)?.Name;
            _pending.Add(("cue.issued", TimelineKind.Cue, r.IssuedBy, r, name));
            // A negative message (or a cue nobody can be given) is also an operator alert.
            if (r.Cue.AlertOperator) _pending.Add(("cue.alert", TimelineKind.Alert, r.IssuedBy, r, name));
        }
    }

    public void Acted(CueRecord record, string person, bool acknowledged) =>
        _pending.Add((acknowledged ? "cue.acknowledged" : "cue.done", TimelineKind.Cue, person, record, null));

    public void Escalated(IEnumerable<CueRecord> escalated, IEnumerable<CueRecord> expired)
    {
        foreach (var r in escalated) _pending.Add(("cue.escalated", TimelineKind.Cue, TimelineActors.System, r, null));
        foreach (var r in expired) _pending.Add(("cue.expired", TimelineKind.Cue, TimelineActors.System, r, null));
    }

    public IReadOnlyList<TimelineEntry> Take(DateTimeOffset now)
    {
        if (_pending.Count == 0) return [];
        var entries = _pending
            .GroupBy(p => (p.Action, TimelineKind: p.Kind, p.Actor, CueKind: p.Record.Cue.Kind))
            .Select(g => new TimelineEntry
            {
                At = now,
                Kind = g.Key.TimelineKind,
                Actor = g.Key.Actor,
                Action = g.Key.Action,
                Summary = Summary(g.Key.Action, g.Key.CueKind, g.Select(p => p.Record).ToList(), g.Select(p => p.GroupName ?? p.Record.Cue.GroupId).Distinct().ToList()),
                GroupIds = g.Select(p => p.Record.Cue.GroupId).Distinct().ToList(),
                RefId = g.Count() == 1 ? g.First().Record.Id : null,
            })
            .ToList();
        _pending.Clear();
        return entries;
    }

    public static TimelineEntry Manual(ManualCueRequest request, IReadOnlyList<CueRecord> added, DateTimeOffset now) => new()
    {
        At = now,
        Kind = TimelineKind.Cue,
        Actor = request.Actor,
        Action = "cue.manual",
        Summary = $"手动提示（{KindName(request.Kind)}）发给 {added.Select(r => r.Cue.GroupId).Distinct().Count()} 个群的 {added.Count(r => r.Cue.Target is not null)} 位成员",
        GroupIds = added.Select(r => r.Cue.GroupId).Distinct().ToList(),
        RefId = request.IdempotencyKey,
    };

    private static string Summary(string action, CueKind kind, IReadOnlyList<CueRecord> records, IReadOnlyList<string> groups)
    {
        var verb = action switch
        {
            "cue.issued" => "提示已发出",
            "cue.alert" => "需要运营关注",
            "cue.acknowledged" => "提示已确认",
            "cue.done" => "提示已完成",
            "cue.escalated" => "提示未确认，已升级",
            "cue.expired" => "提示已过期",
            _ => action,
        };
        var where = string.Join("、", groups.Take(5)) + (groups.Count > 5 ? $" 等 {groups.Count} 个群" : "");
        var single = records.Count == 1 ? $"：{records[0].Cue.Reason}" : "";
        return $"{verb} ×{records.Count}（{KindName(kind)}）{where}{single}";
    }

    public static string KindName(CueKind kind) => kind switch
    {
        CueKind.LeadChat => "带节奏",
        CueKind.CounterNegative => "转负面",
        CueKind.AskQuestion => "引关注",
        CueKind.Answer => "答疑",
        CueKind.ShareOrder => "晒单",
        CueKind.Topic => "话题",
        _ => kind.ToString(),
    };
}
