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

public enum StepStatus
{
    Pending,
    Running,
    Waiting,
    Done,
    Failed,
    Skipped,
    NotApplicable,
}

/// <summary>The handler's explicit answer to a failed step.</summary>
public enum FailureChoice
{
    Retry,
    Skip,
    Abort,
}
