using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Timeline;

/// <summary>
/// A launch's timeline (key: launch id): append-only, durable before <see cref="Append"/> returns.
/// Callers batch: one call per tick or per action, not one per group.
/// </summary>
[Alias("LiveRoom.ILaunchTimelineGrain")]
public interface ILaunchTimelineGrain : IGrainWithStringKey
{
    /// <summary>Sequences are assigned here (the entries' own are ignored); returns the first one given.</summary>
    [Alias("Append")] Task<long> Append(IReadOnlyList<TimelineEntry> entries);
    /// <summary>Entries with sequence ≥ <paramref name="from"/>, oldest first, at most <paramref name="max"/>.</summary>
    [Alias("Read")] Task<TimelineSlice> Read(long from, int max);
}
