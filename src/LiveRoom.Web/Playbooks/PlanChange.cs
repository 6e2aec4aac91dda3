using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Web.Playbooks;

/// <summary>The plan as it is now, when it differs from the preview the caller confirmed.</summary>
public sealed record PlanChange(IReadOnlyList<PlannedStep> Plan, PlanContext Context)
{
    public string Fingerprint => PlanFingerprint.Of(Plan);
}
