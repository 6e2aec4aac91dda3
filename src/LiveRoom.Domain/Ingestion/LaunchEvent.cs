namespace LiveRoom.Domain.Ingestion;

/// <summary>
/// A validated ingestion event. One flat type for every kind keeps the hot path free of
/// polymorphic serialization; fields that a kind does not use are null or zero.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.LaunchEvent.v1")]
public sealed record LaunchEvent
{
    [Id(0)] public required EventKind Kind { get; init; }
    [Id(1)] public required string Id { get; init; }
    /// <summary>Null only for restocks, which belong to the launch rather than a group.</summary>
    [Id(2)] public string? GroupId { get; init; }
    [Id(3)] public required DateTimeOffset At { get; init; }
    [Id(4)] public string? VisitorId { get; init; }
    [Id(5)] public string? OrderId { get; init; }
    [Id(6)] public string? SkuId { get; init; }
    [Id(7)] public int Quantity { get; init; }
    [Id(8)] public decimal Amount { get; init; }
    [Id(9)] public OrderStatus Status { get; init; }
    [Id(10)] public string? MemberId { get; init; }
    /// <summary>A chat message's text, or a page error's message.</summary>
    [Id(11)] public string? Text { get; init; }
    /// <summary>A page error's short code (e.g. "checkout", "js").</summary>
    [Id(12)] public string? Code { get; init; }

    /// <summary>Whole minutes since the Unix epoch: the bucket a late event lands in.</summary>
    public long Minute => UnixMinute.Of(At);
}
