namespace LiveRoom.Domain.Cues;

/// <summary>A cue and where it is in its lifecycle; kept by the launch's cue book (stored: keep ids stable).</summary>
[GenerateSerializer, Alias("LiveRoom.CueRecord.v1")]
public sealed class CueRecord
{
    [Id(0)] public required Cue Cue { get; init; }
    [Id(1)] public CueStatus Status { get; set; }
    [Id(2)] public DateTimeOffset? DeliveredAt { get; set; }
    [Id(3)] public DateTimeOffset? AcknowledgedAt { get; set; }
    [Id(4)] public DateTimeOffset? DoneAt { get; set; }
    [Id(5)] public DateTimeOffset? ExpiredAt { get; set; }
    /// <summary>When it was escalated for not being acknowledged in time.</summary>
    [Id(6)] public DateTimeOffset? EscalatedAt { get; set; }
    /// <summary>The group owner it was escalated to (also shown on the operator board), if the group has one.</summary>
    [Id(7)] public string? EscalatedTo { get; set; }
    /// <summary>"system" for the cue engine, the user name for manual cues.</summary>
    [Id(8)] public string IssuedBy { get; init; } = "system";

    public string Id => Cue.Id;
    public bool Escalated => EscalatedAt is not null;

    /// <summary>The target, or the owner it was escalated to, may act on it; nobody else.</summary>
    public bool IsFor(string person) => Cue.Target == person || EscalatedTo == person;
}
