namespace LiveRoom.Domain.Posting;

/// <summary>What a tap on 已发 did.</summary>
public enum PostOutcome
{
    Posted = 0,
    /// <summary>Already marked posted: nothing changed (idempotent).</summary>
    AlreadyPosted = 1,
    /// <summary>Not waiting for staff any more (the entry was cancelled).</summary>
    Closed = 2,
    /// <summary>No such notice for this group.</summary>
    Unknown = 3,
}
