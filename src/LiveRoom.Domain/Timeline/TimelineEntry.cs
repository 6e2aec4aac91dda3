using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Timeline;

/// <summary>
/// One line of a launch's timeline: who did what, when, to which groups. Written by every
/// feature (setup, announcements, cues, alerts, playbooks) and kept for the review (复盘).
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.TimelineEntry.v1")]
public sealed record TimelineEntry
{
    /// <summary>Dense, from 0, assigned by the launch's timeline when appended; readers page by it.</summary>
    [Id(0)] public long Sequence { get; init; }
    [Id(1)] public DateTimeOffset At { get; init; }
    [Id(2)] public TimelineKind Kind { get; init; }
    /// <summary>User name, or "system" / a component name for automatic actions.</summary>
    [Id(3)] public string Actor { get; init; } = TimelineActors.System;
    /// <summary>Stable machine code, e.g. "cue.issued", "announcement.sent", "launch.saved".</summary>
    [Id(4)] public string Action { get; init; } = "";
    /// <summary>
    /// Free text a person wrote (an operator's note), or the pre-rendered sentence of entries stored
    /// before <see cref="Args"/> existed; shown as is when the reader has no text for <see cref="Action"/>.
    /// </summary>
    [Id(5)] public string Summary { get; init; } = "";
    /// <summary>The groups it concerns; empty means the whole launch.</summary>
    [Id(6)] public IReadOnlyList<string> GroupIds { get; init; } = [];
    /// <summary>The id of the cue, announcement, incident… it is about, when there is one.</summary>
    [Id(7)] public string? RefId { get; init; }
    /// <summary>
    /// The named arguments of the sentence <see cref="Action"/> stands for (<c>notice</c>,
    /// <c>groups</c>…); readers render <c>text.{Action}</c> with them in their own language.
    /// </summary>
    [Id(8)] public IReadOnlyDictionary<string, string> Args { get; init; } = ServerText.NoArgs;

    /// <summary>What happened, as a code and arguments for the reader to render.</summary>
    public ServerText Text => new(Action, Args);
}
