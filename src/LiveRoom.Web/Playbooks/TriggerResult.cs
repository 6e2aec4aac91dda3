using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Playbooks;
using LiveRoom.Domain.Setup;
using LiveRoom.Grains.Playbooks;

namespace LiveRoom.Web.Playbooks;

/// <summary>A receipt, or validation errors, or (neither) the unknown launch, or a changed plan.</summary>
public sealed record TriggerResult(TriggerReceipt? Receipt, ValidationErrors Errors, PlanChange? Changed = null);
