namespace LiveRoom.Domain.Chat;

/// <summary>
/// One chat message read as a 接龙 (<c>ChainSignup</c>) post. Each post repeats the whole list, so a
/// post is a full snapshot of its chain, never a delta.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.ChainPost.v1")]
public sealed record ChainPost
{
    /// <summary>The title as written (may be empty when the post has none).</summary>
    [Id(0)] public required string Title { get; init; }
    [Id(1)] public required IReadOnlyList<ChainEntry> Entries { get; init; }
    /// <summary>Title lines after the first (rules, deadline); not part of the chain's identity.</summary>
    [Id(2)] public string? Description { get; init; }

    /// <summary>The key that tells chains of one group apart (<see cref="ChainTitles.Normalize"/>).</summary>
    public string Key => ChainTitles.Normalize(Title);

    public int TotalQuantity => Entries.Sum(e => e.Quantity);
}
