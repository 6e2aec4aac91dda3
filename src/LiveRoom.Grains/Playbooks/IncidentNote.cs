using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Playbooks;

[GenerateSerializer, Immutable, Alias("LiveRoom.IncidentNote.v1")]
public sealed record IncidentNote([property: Id(0)] DateTimeOffset At, [property: Id(1)] string Actor, [property: Id(2)] string Text);
