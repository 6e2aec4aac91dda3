using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Playbooks;

/// <summary>Which groups a run is for: one group, a selection, a tier, or the whole launch.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.TriggerScope.v1")]
public sealed record TriggerScope
{
    [Id(0)] public ScopeKind Kind { get; init; } = ScopeKind.Launch;
    [Id(1)] public IReadOnlyList<string> GroupIds { get; init; } = [];
    [Id(2)] public GroupTier? Tier { get; init; }

    public static readonly TriggerScope Launch = new();

    public IEnumerable<GroupRegistration> Select(IEnumerable<GroupRegistration> groups) => Kind switch
    {
        ScopeKind.Group or ScopeKind.Groups => groups.Where(g => GroupIds.Contains(g.Id, StringComparer.Ordinal)),
        ScopeKind.Tier => groups.Where(g => g.Tier == Tier),
        _ => groups,
    };

    /// <summary>A stable text for idempotency keys and the timeline.</summary>
    public override string ToString() => Kind switch
    {
        ScopeKind.Group or ScopeKind.Groups => $"{Kind.ToString().ToLowerInvariant()}:{string.Join(",", GroupIds.Order(StringComparer.Ordinal))}",
        ScopeKind.Tier => $"tier:{Tier}",
        _ => "launch",
    };
}
