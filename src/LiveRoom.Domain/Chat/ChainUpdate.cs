namespace LiveRoom.Domain.Chat;

/// <summary>What one 接龙 post changed in its group's <see cref="ChainBook"/>.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.ChainUpdate.v1")]
public sealed record ChainUpdate
{
    [Id(0)] public required ChainOutcome Outcome { get; init; }
    [Id(1)] public required string ChainKey { get; init; }
    /// <summary>Entries of this chain after the post minus before it (negative when lines were removed).</summary>
    [Id(2)] public int ChainDelta { get; init; }
    /// <summary>
    /// Change of the group's sign-up count (its latest chain's entries). Feed this to the sign-ups
    /// series at <see cref="Minute"/>: then the series always sums to <see cref="Signups"/>, even when a
    /// new chain takes over from an old one.
    /// </summary>
    [Id(3)] public int SignupsDelta { get; init; }
    /// <summary>The group's sign-up count after the post.</summary>
    [Id(4)] public int Signups { get; init; }
    /// <summary>Unix minute of the post (message time) for the series.</summary>
    [Id(5)] public long Minute { get; init; }

    public bool Changed => Outcome == ChainOutcome.Applied && (ChainDelta != 0 || SignupsDelta != 0);
}
