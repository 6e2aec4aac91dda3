namespace LiveRoom.Domain.Playbooks;

/// <summary>A run's durable state: the plan it executes and the progress of each step.</summary>
[GenerateSerializer, Alias("LiveRoom.RunState.v1")]
public sealed class RunState
{
    [Id(0)] public List<PlannedStep> Plan { get; set; } = [];
    [Id(1)] public List<StepProgress> Steps { get; set; } = [];
    [Id(2)] public RunStatus Status { get; set; }
    /// <summary>The step the run is at.</summary>
    [Id(3)] public int Current { get; set; }

    public static RunState Start(IReadOnlyList<PlannedStep> plan) => new()
    {
        Plan = plan.ToList(),
        Steps = plan.Select(p => new StepProgress
        {
            Status = p.Applies ? StepStatus.Pending : StepStatus.NotApplicable,
            Groups = p.Messages.ToDictionary(m => m.GroupId, _ => StepDelivery.Pending, StringComparer.Ordinal),
        }).ToList(),
    };

    public bool IsOver => Status is RunStatus.Completed or RunStatus.Aborted;
}
