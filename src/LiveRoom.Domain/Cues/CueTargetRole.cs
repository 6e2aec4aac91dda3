namespace LiveRoom.Domain.Cues;

/// <summary>Who a cue is addressed to.</summary>
public enum CueTargetRole
{
    SeededMember,
    Assistant,
    Owner,
}
