namespace LiveRoom.Domain.Chat;

/// <summary>The current state of one chain in a group: its newest post (by message time).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.ChainRecord.v1")]
public sealed record ChainRecord
{
    /// <summary>Normalised title (<see cref="ChainTitles.Normalize"/>); "" for an untitled chain.</summary>
    [Id(0)] public required string Key { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public required IReadOnlyList<ChainEntry> Entries { get; init; }
    /// <summary>Id of the message whose post is the current state.</summary>
    [Id(3)] public required string MessageId { get; init; }
    /// <summary>When that message was posted in the chat (sender's clock, not arrival).</summary>
    [Id(4)] public required DateTimeOffset PostedAt { get; init; }
    /// <summary>When an entry was last added (a post with more entries than the one before).</summary>
    [Id(5)] public DateTimeOffset? LastGrowthAt { get; init; }
    [Id(6)] public int Posts { get; init; }

    public int Signups => Entries.Count;
}
