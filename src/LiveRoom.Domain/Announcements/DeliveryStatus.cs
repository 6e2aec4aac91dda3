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
    /// <summary>Staff-posted group: waiting for the owner or an assistant to post it by hand.</summary>
    Due = 5,
    /// <summary>Staff-posted group: a person tapped 已发. Their word, not a machine's receipt.</summary>
    Posted = 6,
    /// <summary>Staff-posted group: still not posted a configured time after it was due; the operator is alerted.</summary>
    Late = 7,
}
