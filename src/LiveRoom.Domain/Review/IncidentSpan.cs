using LiveRoom.Domain.Timeline;

namespace LiveRoom.Domain.Review;

/// <summary>One incident: from its "incident.triggered" entry to its "incident.resolved" one (same RefId).</summary>
public sealed record IncidentSpan(string RefId, string Summary, DateTimeOffset TriggeredAt, DateTimeOffset? ResolvedAt, IReadOnlyList<string> GroupIds)
{
    public TimeSpan? Duration => ResolvedAt - TriggeredAt;
    /// <summary>When its first group message was queued; null until joined (<see cref="TimelineDigest.WithFirstMessages"/>) or when it sent nothing.</summary>
    public DateTimeOffset? FirstMessageAt { get; init; }
    public TimeSpan? TimeToFirstMessage => FirstMessageAt - TriggeredAt;
    /// <summary>The triggering entry's sentence (code and arguments) when it has one; readers render it, else show <see cref="Summary"/>.</summary>
    public Shared.ServerText? Text { get; init; }
}
