using LiveRoom.Domain.Launches;

namespace LiveRoom.Domain.Playbooks;

/// <summary>A one-click card: this playbook, for this subject. <see cref="Key"/> identifies it for dismissing.</summary>
public sealed record PlaybookSuggestion(string Key, PlaybookDefinition Playbook, PlaybookSignal Signal, string Subject, string? SkuId, TriggerScope Scope);
