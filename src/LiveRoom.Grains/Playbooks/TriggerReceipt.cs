using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Playbooks;

[GenerateSerializer, Immutable, Alias("LiveRoom.TriggerReceipt.v1")]
public sealed record TriggerReceipt([property: Id(0)] string IncidentId, [property: Id(1)] bool Created);
