namespace LiveRoom.Domain.Announcements;

/// <summary>The result of one attempt: sent, or why not and whether trying again can help.</summary>
public sealed record SendOutcome(bool Sent, string? Error = null, bool Permanent = false, TimeSpan? RetryAfter = null)
{
    public static readonly SendOutcome Ok = new(true);
}
