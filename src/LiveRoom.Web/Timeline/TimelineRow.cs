using LiveRoom.Domain.Timeline;

namespace LiveRoom.Web.Timeline;

/// <summary>
/// A row of the timeline page: one entry, or <see cref="Count"/> alike alerts folded into their
/// newest (<see cref="Entry"/>), the oldest of them at <see cref="OldestAt"/>.
/// </summary>
public sealed record TimelineRow(TimelineEntry Entry, int Count, DateTimeOffset OldestAt)
{
    public bool Folded => Count > 1;
}
