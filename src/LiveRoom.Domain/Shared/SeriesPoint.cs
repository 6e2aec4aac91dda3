namespace LiveRoom.Domain.Shared;

/// <summary>One minute of a series as it crosses grain and hub boundaries.</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.SeriesPoint.v1")]
public readonly record struct SeriesPoint(
    [property: Id(0)] long Minute,
    [property: Id(1)] MinuteBucket Counts);
