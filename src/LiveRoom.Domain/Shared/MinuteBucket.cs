namespace LiveRoom.Domain.Shared;

/// <summary>
/// Counts for one minute. <see cref="UniqueVisitors"/> counts visitors first seen in that minute,
/// so the cumulative sum of the series is the UV total.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.MinuteBucket.v1")]
public struct MinuteBucket
{
    [Id(0)] public int PageViews { get; set; }
    [Id(1)] public int UniqueVisitors { get; set; }
    [Id(2)] public int Orders { get; set; }
    [Id(3)] public decimal Gmv { get; set; }
    [Id(4)] public int Signups { get; set; }
    [Id(5)] public int Joins { get; set; }
    [Id(6)] public int Leaves { get; set; }
    [Id(7)] public int Messages { get; set; }
    /// <summary>Errors the sale page reported (beacon <c>page_error</c>).</summary>
    [Id(8)] public int PageErrors { get; set; }

    public readonly bool IsEmpty => PageViews == 0 && UniqueVisitors == 0 && Orders == 0 && Gmv == 0
        && Signups == 0 && Joins == 0 && Leaves == 0 && Messages == 0 && PageErrors == 0;

    public void Add(in MinuteBucket other)
    {
        PageViews += other.PageViews;
        UniqueVisitors += other.UniqueVisitors;
        Orders += other.Orders;
        Gmv += other.Gmv;
        Signups += other.Signups;
        Joins += other.Joins;
        Leaves += other.Leaves;
        Messages += other.Messages;
        PageErrors += other.PageErrors;
    }
}
