namespace LiveRoom.Domain.Playbooks;

/// <summary>The text one group gets from a step, rendered for that group.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.GroupMessage.v1")]
public sealed record GroupMessage([property: Id(0)] string GroupId, [property: Id(1)] string Text);
