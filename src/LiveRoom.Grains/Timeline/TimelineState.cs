using LiveRoom.Domain.Timeline;

namespace LiveRoom.Grains.Timeline;

[GenerateSerializer, Alias("LiveRoom.TimelineState.v1")]
public sealed class TimelineState
{
    /// <summary>Pages 0..SealedPages-1 live in their own page grains.</summary>
    [Id(0)] public long SealedPages { get; set; }
    /// <summary>The page being filled: sequences from SealedPages × PageSize.</summary>
    [Id(1)] public List<TimelineEntry> Open { get; set; } = [];
}
