using LiveRoom.Domain.Chat;

namespace LiveRoom.Domain.Cues;

/// <summary>
/// One group's signals at one tick, assembled by the group grain from its <see cref="ChainBook"/>,
/// <see cref="GroupMood"/>, orders and registration.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.GroupSignalsSnapshot.v1")]
public sealed record GroupSignalsSnapshot
{
    [Id(0)] public required string GroupId { get; init; }
    [Id(1)] public required string GroupName { get; init; }
    /// <summary>In registration order; cues rotate through them.</summary>
    [Id(2)] public IReadOnlyList<string> SeededMembers { get; init; } = [];
    [Id(3)] public string? Assistant { get; init; }
    [Id(4)] public string? Owner { get; init; }
    /// <summary>Sign-ups of the latest chain (<see cref="ChainBook.Signups"/>).</summary>
    [Id(5)] public int Signups { get; init; }
    /// <summary>When a chain of the group last gained an entry (<see cref="ChainBook.LastGrowthAt"/>).</summary>
    [Id(6)] public DateTimeOffset? LastSignupAt { get; init; }
    /// <summary>Paid orders of the group.</summary>
    [Id(7)] public int Orders { get; init; }
    [Id(8)] public MoodSnapshot Mood { get; init; } = new();
}
