namespace LiveRoom.Domain.Playbooks;

/// <summary>The handler's explicit answer to a failed step.</summary>
public enum FailureChoice
{
    Retry,
    Skip,
    Abort,
}
