namespace LiveRoom.Domain.Groups;

/// <summary>A chat group taking part in a launch, as registered at setup.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.GroupRegistration.v1")]
public sealed record GroupRegistration
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public GroupTier Tier { get; init; }
    [Id(3)] public string? Owner { get; init; }
    [Id(4)] public IReadOnlyList<string> Assistants { get; init; } = [];
    [Id(5)] public int MemberCount { get; init; }
    [Id(6)] public IReadOnlyList<string> SeededMembers { get; init; } = [];
    [Id(7)] public ConversionMode ConversionMode { get; init; }
    /// <summary>Free-form A/B variant label, e.g. "A" or "B".</summary>
    [Id(8)] public string? Variant { get; init; }
    /// <summary>Where its announcements go; null means the built-in inbox. Added later: older stored registrations read as null.</summary>
    [Id(9)] public LiveRoom.Domain.Announcements.DeliveryChannel? Channel { get; init; }
    /// <summary>Which kind of chat it is: which channels can reach it (<see cref="Announcements.ChannelReach"/>).</summary>
    [Id(20)] public GroupKind Kind { get; init; }
}
