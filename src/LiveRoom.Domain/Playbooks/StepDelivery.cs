namespace LiveRoom.Domain.Playbooks;

/// <summary>
/// Where one group's message of a sending step is: not yet handed over (Pending), refused before it
/// was queued (Failed: a retry of the step resends it), held by the outbox (Queued), and then what
/// the outbox reports for it (docs/playbooks.md). Named apart from the outbox's own
/// <see cref="Announcements.DeliveryStatus"/>, which it follows. Stored as numbers: append only.
/// </summary>
public enum StepDelivery
{
    Pending,
    Queued,
    /// <summary>The outbox sent it (the channel answered 2xx, or the inbox holds it).</summary>
    Delivered,
    /// <summary>Not queued: the step failed for this group.</summary>
    Failed,
    /// <summary>The outbox's send failed and will be tried again.</summary>
    Retrying,
    /// <summary>The outbox gave up (attempts exhausted or a permanent error): a dead letter, resendable from the announcements page.</summary>
    DeadLettered,
    /// <summary>The outbox cancelled it before sending (announcements paused or the entry cancelled).</summary>
    Cancelled,
}
