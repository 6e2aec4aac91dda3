namespace LiveRoom.Domain.Playbooks;

public enum RunStatus
{
    Running,
    /// <summary>Waiting for a person (acknowledgement, checklist) or the clock.</summary>
    Blocked,
    /// <summary>A step failed: the run waits for retry, skip or abort.</summary>
    Failed,
    Completed,
    Aborted,
}
