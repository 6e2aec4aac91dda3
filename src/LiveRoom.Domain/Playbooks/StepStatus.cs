namespace LiveRoom.Domain.Playbooks;

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
