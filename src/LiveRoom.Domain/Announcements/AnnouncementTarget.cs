using LiveRoom.Domain.Groups;

namespace LiveRoom.Domain.Announcements;

/// <summary>Which groups an announcement goes to: all, one tier, one A/B variant, or a list of ids.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.AnnouncementTarget.v1")]
public sealed record AnnouncementTarget
{
    [Id(0)] public TargetKind Kind { get; init; }
    [Id(1)] public GroupTier? Tier { get; init; }
    [Id(2)] public string? Variant { get; init; }
    [Id(3)] public IReadOnlyList<string> GroupIds { get; init; } = [];

    public static readonly AnnouncementTarget All = new();

    public bool Matches(GroupRegistration group) => Kind switch
    {
        TargetKind.All => true,
        TargetKind.Tier => group.Tier == Tier,
        TargetKind.Variant => string.Equals(group.Variant, Variant, StringComparison.OrdinalIgnoreCase),
        TargetKind.List => GroupIds.Contains(group.Id, StringComparer.Ordinal),
        _ => false,
    };

    public IReadOnlyList<GroupRegistration> Select(IEnumerable<GroupRegistration> groups) => groups.Where(Matches).ToList();

    public override string ToString() => Kind switch
    {
        TargetKind.Tier => $"tier {Tier}",
        TargetKind.Variant => $"variant {Variant}",
        TargetKind.List => $"{GroupIds.Count} groups",
        _ => "all groups",
    };
}
