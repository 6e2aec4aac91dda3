using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Playbooks;

namespace LiveRoom.Web.Playbooks;

/// <summary>Body of preview and trigger: the scope, the SKU it is about and (trigger) the client's token and the confirmed preview's fingerprint.</summary>
public sealed record TriggerBody
{
    public ScopeKind? Scope { get; init; }
    public IReadOnlyList<string>? GroupIds { get; init; }
    public GroupTier? Tier { get; init; }
    public string? SkuId { get; init; }
    /// <summary>Made once per confirmation dialog: a double click or a retried request sends the same one.</summary>
    public string? ClientToken { get; init; }
    /// <summary>The preview's <c>planFingerprint</c>: the trigger is refused (409) when the plan is no longer that one.</summary>
    public string? PlanFingerprint { get; init; }
}
