namespace LiveRoom.Domain.Aggregation;

/// <summary>
/// Counts for one minute. <see cref="UniqueVisitors"/> counts visitors first seen in that minute,
/// so the cumulative sum of the series is the UV total.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.MinuteBucket.v1")]
public struct MinuteBucket
{
    [Id(0)] public int PageViews;
    [Id(1)] public int UniqueVisitors;
    [Id(2)] public int Orders;
    [Id(3)] public decimal Gmv;
    [Id(4)] public int Signups;
    [Id(5)] public int Joins;
    [Id(6)] public int Leaves;
    [Id(7)] public int Messages;

    public readonly bool IsEmpty => PageViews == 0 && UniqueVisitors == 0 && Orders == 0 && Gmv == 0
        && Signups == 0 && Joins == 0 && Leaves == 0 && Messages == 0;

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
    }
}
