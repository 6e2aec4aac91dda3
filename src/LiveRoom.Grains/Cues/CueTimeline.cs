using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Shared;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Cues;

/// <summary>
/// Collects a launch's cue events between ticks and turns them into a few timeline entries per tick:
/// one per action and cue kind (with every group concerned), so a burst of 500 cues is one line
/// for the review, not 500, and costs the timeline one append. Entries are codes and arguments
/// (<c>count</c>, <c>kind</c>, <c>where</c>, and the cue's <c>reason</c> when there is one cue);
/// the reader renders them in their language.
/// </summary>
public sealed class CueTimeline
{
    /// <summary>Group names named in an entry; more are counted ("a、b 等 40 个群").</summary>
    public const int NamedGroups = 5;

    private readonly List<(string Action, TimelineKind Kind, string Actor, CueRecord Record, string? GroupName)> _pending = [];

    public void Issued(IEnumerable<CueRecord> records, IReadOnlyDictionary<string, GroupRegistration> groups)
    {
        foreach (var r in records)
        {
            var name = groups.GetValueOrDefault(r.Cue.GroupId)?.Name;
            _pending.Add((TimelineActions.CueIssued, TimelineKind.Cue, r.IssuedBy, r, name));
            // A negative message (or a cue nobody can be given) is also an operator alert.
            if (r.Cue.AlertOperator) _pending.Add((TimelineActions.CueAlert, TimelineKind.Alert, r.IssuedBy, r, name));
        }
    }

    public void Acted(CueRecord record, string person, bool acknowledged) =>
        _pending.Add((acknowledged ? TimelineActions.CueAcknowledged : TimelineActions.CueDone, TimelineKind.Cue, person, record, null));

    public void Escalated(IEnumerable<CueRecord> escalated, IEnumerable<CueRecord> expired)
    {
        foreach (var r in escalated) _pending.Add((TimelineActions.CueEscalated, TimelineKind.Cue, TimelineActors.System, r, null));
        foreach (var r in expired) _pending.Add((TimelineActions.CueExpired, TimelineKind.Cue, TimelineActors.System, r, null));
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
                Args = Args(g.Key.CueKind, g.Select(p => p.Record).ToList(), g.Select(p => p.GroupName ?? p.Record.Cue.GroupId).Distinct().ToList()),
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
        Action = TimelineActions.CueManual,
        Args = ServerText.ArgsOf(("kind", request.Kind),
            ("groups", added.Select(r => r.Cue.GroupId).Distinct().Count()), ("members", added.Count(r => r.Cue.Target is not null))),
        GroupIds = added.Select(r => r.Cue.GroupId).Distinct().ToList(),
        RefId = request.IdempotencyKey,
    };

    /// <summary>The rules were replaced (<paramref name="enabled"/> rules) or, with null, went back to the built-in ones.</summary>
    public static TimelineEntry RulesSet(string actor, int? enabled, DateTimeOffset now) => new()
    {
        At = now, Kind = TimelineKind.OperatorAction, Actor = actor,
        Action = enabled is null ? TimelineActions.CueRulesReset : TimelineActions.CueRulesSet,
        Args = enabled is null ? ServerText.NoArgs : ServerText.ArgsOf(("rules", enabled)),
    };

    /// <summary>A member link made, replaced or revoked: security, since a link is a credential.</summary>
    public static TimelineEntry Link(string action, string actor, string person, DateTimeOffset now) => new()
    {
        At = now, Kind = TimelineKind.Security, Actor = actor, Action = action, Args = ServerText.ArgsOf(("person", person)),
    };

    private static IReadOnlyDictionary<string, string> Args(CueKind kind, IReadOnlyList<CueRecord> records, IReadOnlyList<string> groups)
    {
        var where = groups.Count > NamedGroups
            ? ServerText.Of("cue.where_more", ("names", groups.Take(NamedGroups)), ("total", groups.Count))
            : ServerText.Of("cue.where", ("names", groups));
        // One cue: its reason too (the review reads why); a batch has many reasons, so none.
        var reason = records.Count == 1 ? new[] { ServerText.Of("cue.because", ("reason", ReasonOf(records[0].Cue))) } : [];
        return ServerText.ArgsOf(("count", records.Count), ("kind", kind), ("where", where), ("reason", reason));
    }

    /// <summary>The cue's reason as a text: its code, or the operator's words as written.</summary>
    public static ServerText ReasonOf(Cue cue) => cue.ReasonText ?? ServerText.Plain(cue.Reason);
}
