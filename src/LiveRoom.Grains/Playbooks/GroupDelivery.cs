using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Grains.Playbooks;

[GenerateSerializer, Immutable, Alias("LiveRoom.GroupDelivery.v1")]
public sealed record GroupDelivery([property: Id(0)] string GroupId, [property: Id(1)] StepDelivery Status);
