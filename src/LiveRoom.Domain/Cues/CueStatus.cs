namespace LiveRoom.Domain.Cues;

/// <summary>Where a cue is in its life: issued → delivered → acknowledged → done, or expired.</summary>
public enum CueStatus
{
    /// <summary>Created; the person has not fetched it yet.</summary>
    Issued,
    /// <summary>The person's page or API client fetched it.</summary>
    Delivered,
    /// <summary>The person said they are on it.</summary>
    Acknowledged,
    /// <summary>The person posted it.</summary>
    Done,
    /// <summary>Not done in time; no longer to be posted.</summary>
    Expired,
}

public static class CueStatuses
{
    public static bool IsOpen(this CueStatus status) => status is CueStatus.Issued or CueStatus.Delivered or CueStatus.Acknowledged;
}
