namespace LiveRoom.Domain.Timeline;

/// <summary>A slice of a timeline in sequence order; <see cref="Next"/> is the sequence to ask for next.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.TimelineSlice.v1")]
public sealed record TimelineSlice(
    [property: Id(0)] IReadOnlyList<TimelineEntry> Entries,
    [property: Id(1)] long Next,
    [property: Id(2)] long Total);
