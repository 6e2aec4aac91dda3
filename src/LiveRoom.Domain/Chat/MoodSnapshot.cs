namespace LiveRoom.Domain.Chat;

/// <summary>A group's mood at one moment, for the board, the group detail page and the cue engine.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.MoodSnapshot.v1")]
public sealed record MoodSnapshot
{
    [Id(0)] public MoodLevel Level { get; init; }
    [Id(1)] public int Messages { get; init; }
    [Id(2)] public int Negatives { get; init; }
    [Id(3)] public int UnansweredQuestions { get; init; }
    [Id(4)] public bool InSpike { get; init; }
    /// <summary>Messages per minute over <see cref="MoodOptions.RateWindow"/>.</summary>
    [Id(5)] public double MessagesPerMinute { get; init; }
    /// <summary>The group's usual rate before the rate window, or null while there is too little history.</summary>
    [Id(6)] public double? BaselineMessagesPerMinute { get; init; }
    /// <summary>Newest first.</summary>
    [Id(7)] public IReadOnlyList<ChatQuote> RecentNegatives { get; init; } = [];
    /// <summary>Oldest first: the one waiting longest is the one to answer.</summary>
    [Id(8)] public IReadOnlyList<ChatQuote> OpenQuestions { get; init; } = [];

    public double NegativeRatio => Messages == 0 ? 0 : (double)Negatives / Messages;
}
