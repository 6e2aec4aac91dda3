namespace LiveRoom.Domain.Announcements;

/// <summary>Per group and announcement: what the matrix shows.</summary>
public enum DeliveryStatus
{
    Queued = 0,
    Sent = 1,
    Retrying = 2,
    /// <summary>Dead letter: attempts exhausted or a permanent error; kept with its error until resent.</summary>
    Failed = 3,
    /// <summary>Not attempted: the plan was paused or the entry cancelled while it waited.</summary>
    Cancelled = 4,
}
