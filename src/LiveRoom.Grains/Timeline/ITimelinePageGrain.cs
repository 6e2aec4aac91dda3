using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Timeline;

/// <summary>A sealed, full page of a timeline (key: "{launch}/{page}"); written once.</summary>
[Alias("LiveRoom.ITimelinePageGrain")]
public interface ITimelinePageGrain : IGrainWithStringKey
{
    [Alias("Store")] Task Store(IReadOnlyList<TimelineEntry> entries);
    [Alias("Get")] Task<IReadOnlyList<TimelineEntry>> Get();
}
