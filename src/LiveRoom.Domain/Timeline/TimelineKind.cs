namespace LiveRoom.Domain.Timeline;

/// <summary>What kind of thing happened; the timeline filter and the review group by it.</summary>
public enum TimelineKind
{
    OperatorAction = 0,
    Announcement = 1,
    Delivery = 2,
    Cue = 3,
    Alert = 4,
    Playbook = 5,
    Incident = 6,
    Security = 7,
}
