namespace LiveRoom.Domain.Announcements;

/// <summary>
/// One line of a plan: send <see cref="Template"/> to <see cref="Target"/> at T0 + <see cref="Offset"/>
/// (negative before T0). With <see cref="RepeatEvery"/> it repeats from there while the launch is
/// live and stock remains ("还剩 N 件").
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.ScheduleEntry.v1")]
public sealed record ScheduleEntry
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public TimeSpan Offset { get; init; }
    [Id(2)] public required string Template { get; init; }
    [Id(3)] public AnnouncementTarget Target { get; init; } = AnnouncementTarget.All;
    [Id(4)] public MessageFormat Format { get; init; }
    [Id(5)] public TimeSpan? RepeatEvery { get; init; }
    /// <summary>A cancelled entry stays in the plan (struck through) so the review sees it was planned.</summary>
    [Id(6)] public bool Cancelled { get; init; }

    public string Label => RepeatEvery is { } every ? $"{OffsetLabel(Offset)} +{every.TotalMinutes:0.#}m…" : OffsetLabel(Offset);

    public static string OffsetLabel(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero) return "T0";
        var sign = offset < TimeSpan.Zero ? "T-" : "T+";
        var a = offset.Duration();
        return sign + (a.TotalHours >= 1 && a.Minutes == 0 && a.Seconds == 0 ? $"{a.TotalHours:0}h"
            : a.Seconds == 0 ? $"{a.TotalMinutes:0}m" : $"{a.TotalSeconds:0}s");
    }
}
