using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Playbooks;

/// <summary>How far one step of a run got, with the delivery state of each of its groups.</summary>
[GenerateSerializer, Alias("LiveRoom.StepProgress.v1")]
public sealed class StepProgress
{
    [Id(0)] public StepStatus Status { get; set; }
    [Id(1)] public int Attempts { get; set; }
    /// <summary>Why it failed, as stored before <see cref="ErrorText"/> (an English sentence); only read, see <see cref="Failure"/>.</summary>
    [Id(2)] public string? Error { get; set; }
    [Id(3)] public DateTimeOffset? StartedAt { get; set; }
    [Id(4)] public DateTimeOffset? FinishedAt { get; set; }
    [Id(5)] public DateTimeOffset? WaitUntil { get; set; }
    /// <summary>Who acknowledged, ticked off, skipped or retried it.</summary>
    [Id(6)] public string? By { get; set; }
    [Id(7)] public Dictionary<string, StepDelivery> Groups { get; set; } = new(StringComparer.Ordinal);
    /// <summary>The announcement id of each attempt of an announce step: what the incident follows in the outbox.</summary>
    [Id(8)] public List<string> Broadcasts { get; set; } = [];
    /// <summary>Why it failed (<see cref="StepErrors"/>), rendered in the reader's language.</summary>
    [Id(9)] public ServerText? ErrorText { get; set; }

    /// <summary>Why it failed: the code, or the sentence of a run stored before codes, shown as written.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ServerText? Failure => ErrorText ?? (Error is null ? null : ServerText.Plain(Error));

    public int Count(StepDelivery status) => Groups.Values.Count(s => s == status);
}
