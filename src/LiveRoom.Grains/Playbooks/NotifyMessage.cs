using System.Text.Json;
using LiveRoom.Domain.Ingestion;
using Microsoft.Extensions.Options;

namespace LiveRoom.Grains.Playbooks;

/// <summary>The body of a notify webhook.</summary>
public sealed record NotifyMessage(string LaunchId, string IncidentId, string Playbook, string Text, string TriggeredBy, DateTimeOffset At);
