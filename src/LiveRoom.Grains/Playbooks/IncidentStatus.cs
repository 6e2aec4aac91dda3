using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Playbooks;

/// <summary>triggered → mitigating (its first step ran) → resolved (a person says so).</summary>
public enum IncidentStatus
{
    Triggered,
    Mitigating,
    Resolved,
}
