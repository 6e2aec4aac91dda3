using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Review;

/// <summary>
/// What the review reads from a launch's timeline: counts per kind and per cue action, incident
/// spans, and how long cues took to get their first follow-up entry (e.g. acknowledged, posted).
/// Written against the action codes of the cues and playbooks streams; unknown codes only count.
/// </summary>
public sealed record TimelineDigest(
    IReadOnlyDictionary<TimelineKind, int> ByKind,
    IReadOnlyDictionary<string, int> CueActions,
    IReadOnlyList<IncidentSpan> Incidents,
    TimeSpan? MedianCueFollowUp,
    int CuesFollowedUp)
{
    public const string IncidentTriggered = "incident.triggered";
    public const string IncidentResolved = "incident.resolved";

    /// <summary>
    /// Joins the incidents' own first-queued times onto the spans: the timeline has no entry at
    /// that instant (the step's entry comes after the whole fan-out), so it cannot tell by itself.
    /// </summary>
    public TimelineDigest WithFirstMessages(IReadOnlyDictionary<string, DateTimeOffset> firstQueuedAt) => this with
    {
        Incidents = Incidents.Select(i => firstQueuedAt.TryGetValue(i.RefId, out var at) ? i with { FirstMessageAt = at } : i).ToList(),
    };

    public static TimelineDigest From(IEnumerable<TimelineEntry> entries)
    {
        var byKind = new Dictionary<TimelineKind, int>();
        var cueActions = new Dictionary<string, int>(StringComparer.Ordinal);
        var incidents = new Dictionary<string, IncidentSpan>(StringComparer.Ordinal);
        var cueFirst = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var followUps = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var e in entries.OrderBy(e => e.Sequence))
        {
            byKind[e.Kind] = byKind.GetValueOrDefault(e.Kind) + 1;
            if (e.Kind == TimelineKind.Cue)
            {
                cueActions[e.Action] = cueActions.GetValueOrDefault(e.Action) + 1;
                if (e.RefId is { } cue)
                {
                    if (!cueFirst.TryGetValue(cue, out var first)) cueFirst[cue] = e.At;
                    else if (!followUps.ContainsKey(cue)) followUps[cue] = e.At - first;
                }
            }
            if (e.RefId is not { } id) continue;
            if (e.Action == IncidentTriggered && !incidents.ContainsKey(id))
                incidents[id] = new IncidentSpan(id, e.Summary, e.At, null, e.GroupIds) { Text = e.Args.Count > 0 ? e.Text : null };
            else if (e.Action == IncidentResolved && incidents.TryGetValue(id, out var open) && open.ResolvedAt is null)
                incidents[id] = open with { ResolvedAt = e.At };
        }
        var waits = followUps.Values.Order().ToList();
        TimeSpan? median = waits.Count == 0 ? null : waits[waits.Count / 2];
        return new TimelineDigest(byKind, cueActions, incidents.Values.OrderBy(i => i.TriggeredAt).ToList(), median, waits.Count);
    }
}
