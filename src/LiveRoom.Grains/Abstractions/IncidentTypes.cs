using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Abstractions;

/// <summary>triggered → mitigating (its first step ran) → resolved (a person says so).</summary>
public enum IncidentStatus
{
    Triggered,
    Mitigating,
    Resolved,
}

/// <summary>A confirmed trigger: the playbook, the scope and the exact plan the handler saw.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.TriggerRequest.v1")]
public sealed record TriggerRequest
{
    /// <summary>Same key ⇒ same run: a double click or two handlers confirming together start one.</summary>
    [Id(0)] public required string IdempotencyKey { get; init; }
    [Id(1)] public required PlaybookDefinition Playbook { get; init; }
    [Id(2)] public TriggerScope Scope { get; init; } = TriggerScope.Launch;
    [Id(3)] public string? SkuId { get; init; }
    [Id(4)] public required string Actor { get; init; }
    [Id(5)] public IReadOnlyList<PlannedStep> Plan { get; init; } = [];
    /// <summary>The groups of the scope (for the timeline and the incident list).</summary>
    [Id(6)] public IReadOnlyList<string> GroupIds { get; init; } = [];
}

[GenerateSerializer, Immutable, Alias("LiveRoom.TriggerReceipt.v1")]
public sealed record TriggerReceipt([property: Id(0)] string IncidentId, [property: Id(1)] bool Created);

[GenerateSerializer, Immutable, Alias("LiveRoom.IncidentNote.v1")]
public sealed record IncidentNote([property: Id(0)] DateTimeOffset At, [property: Id(1)] string Actor, [property: Id(2)] string Text);

/// <summary>An incident as the dashboard and the API show it.</summary>
[GenerateSerializer, Alias("LiveRoom.IncidentView.v1")]
public sealed class IncidentView
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string LaunchId { get; set; } = "";
    [Id(2)] public string PlaybookId { get; set; } = "";
    [Id(3)] public string PlaybookName { get; set; } = "";
    [Id(4)] public TriggerScope Scope { get; set; } = TriggerScope.Launch;
    [Id(5)] public string? SkuId { get; set; }
    [Id(6)] public IncidentStatus Status { get; set; }
    [Id(7)] public string? Owner { get; set; }
    [Id(8)] public List<IncidentNote> Notes { get; set; } = [];
    [Id(9)] public string TriggeredBy { get; set; } = "";
    [Id(10)] public DateTimeOffset TriggeredAt { get; set; }
    [Id(11)] public DateTimeOffset? ResolvedAt { get; set; }
    /// <summary>When the first group's first message was handed to the outbox (time to first message).</summary>
    [Id(12)] public DateTimeOffset? FirstQueuedAt { get; set; }
    [Id(13)] public RunState Run { get; set; } = new();
    /// <summary>The incident's own timeline (the same entries also go to the launch timeline).</summary>
    [Id(14)] public List<TimelineEntry> Timeline { get; set; } = [];
    [Id(15)] public IReadOnlyList<string> GroupIds { get; set; } = [];
    /// <summary>Grows with every pushed change: a receiver drops a view older than the one it shows.</summary>
    [Id(16)] public long Version { get; set; }
}

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
    /// <summary>When the run's first group message was queued (the 1-second target of issue 7).</summary>
    [Id(9)] public DateTimeOffset? FirstQueuedAt { get; init; }

    public static IncidentSummary Of(IncidentView v) => new()
    {
        Id = v.Id, PlaybookName = v.PlaybookName, Status = v.Status, RunStatus = v.Run.Status, Owner = v.Owner,
        TriggeredAt = v.TriggeredAt, ResolvedAt = v.ResolvedAt, Groups = v.GroupIds.Count, Scope = v.Scope.ToString(),
        FirstQueuedAt = v.FirstQueuedAt,
    };
}
