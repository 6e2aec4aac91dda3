namespace LiveRoom.Domain.Cues;

/// <summary>What an acknowledge or done did.</summary>
public enum CueActionResult
{
    Changed,
    /// <summary>Already acknowledged / done: a retried tap changes nothing and is not an error.</summary>
    Unchanged,
    NotFound,
    /// <summary>Expired: too late to post it.</summary>
    Closed,
}
