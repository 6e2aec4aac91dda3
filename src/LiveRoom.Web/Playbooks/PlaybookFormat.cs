using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Playbooks;
using LiveRoom.Web.Shared;

namespace LiveRoom.Web.Playbooks;

/// <summary>How playbook steps, runs and incidents read on the dashboard.</summary>
public static class PlaybookFormat
{
    public static string Kind(this Ui t, StepKind kind) => t["pb.kind." + kind.Name()];

    /// <summary>The step's parameters in a line (sending steps show their per-group texts instead).</summary>
    public static string? Detail(this Ui t, PlannedStep s) => s.Kind switch
    {
        StepKind.PauseSku => t.Format("pb.detail.sku", s.SkuId, s.Paused ? t["pb.detail.paused"] : t["pb.detail.unpaused"]),
        StepKind.SwapLink => t.Format("pb.detail.link", s.Link),
        StepKind.Notify => t.Format("pb.detail.notify", s.Target, s.Text),
        StepKind.WaitAck => t.Format("pb.detail.role", s.Role),
        StepKind.Wait => t.Format("pb.detail.wait", s.Seconds),
        StepKind.Checklist => s.Text,
        _ => null,
    };

    /// <summary>Why a step does not apply, in the reader's words (plans stored before the codes carry words).</summary>
    public static string? WhyNot(this Ui t, PlannedStep s) => s.NotApplicable is { } why ? t.Render(why, s.NotApplicableBecause) : s.NotApplicableBecause;

    public static string StatusClass(IncidentStatus s) => s switch
    {
        IncidentStatus.Resolved => "green",
        IncidentStatus.Mitigating => "amber",
        _ => "red",
    };

    public static string StepClass(StepStatus s) => s switch
    {
        StepStatus.Done => "green",
        StepStatus.Failed => "red",
        StepStatus.Running or StepStatus.Waiting => "amber",
        StepStatus.Pending => "blue",
        _ => "grey",
    };

    public static string DeliveryClass(StepDelivery s) => s switch
    {
        StepDelivery.Delivered => "green",
        StepDelivery.Queued => "blue",
        StepDelivery.Retrying => "amber",
        StepDelivery.Failed or StepDelivery.DeadLettered => "red",
        _ => "grey",
    };
}
