using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Playbooks;

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
