using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Playbooks;

/// <summary>A line of the incident list.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.IncidentSummary.v1")]
public sealed record IncidentSummary
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string PlaybookName { get; init; }
    [Id(2)] public IncidentStatus Status { get; init; }
    [Id(3)] public RunStatus RunStatus { get; init; }
    [Id(4)] public string? Owner { get; init; }
    [Id(5)] public DateTimeOffset TriggeredAt { get; init; }
    [Id(6)] public DateTimeOffset? ResolvedAt { get; init; }
    [Id(7)] public int Groups { get; init; }
    [Id(8)] public string Scope { get; init; } = "";
    /// <summary>When the run's first group message was queued (the playbooks' 1-second target, docs/benchmarks.md).</summary>
    [Id(9)] public DateTimeOffset? FirstQueuedAt { get; init; }

    public static IncidentSummary Of(IncidentView v) => new()
    {
        Id = v.Id, PlaybookName = v.PlaybookName, Status = v.Status, RunStatus = v.Run.Status, Owner = v.Owner,
        TriggeredAt = v.TriggeredAt, ResolvedAt = v.ResolvedAt, Groups = v.GroupIds.Count, Scope = v.Scope.ToString(),
        FirstQueuedAt = v.FirstQueuedAt,
    };
}
