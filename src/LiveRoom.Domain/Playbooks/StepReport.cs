using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// What one executed step leaves for the timeline: the sentence (<see cref="Text"/>, its code is the
/// entry's action), the groups it concerns, and how many groups got the message queued.
/// </summary>
public sealed record StepReport(ServerText Text, IReadOnlyList<string> Groups, int Sent);
