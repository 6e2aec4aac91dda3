namespace LiveRoom.Domain.Launches;

[GenerateSerializer, Immutable, Alias("LiveRoom.LaunchTotals.v1")]
public sealed record LaunchTotals
{
    [Id(0)] public long PageViews { get; init; }
    [Id(1)] public int UniqueVisitors { get; init; }
    [Id(2)] public int Orders { get; init; }
    [Id(3)] public decimal Gmv { get; init; }
    [Id(4)] public int Signups { get; init; }
    [Id(5)] public int Members { get; init; }
    [Id(6)] public int Joins { get; init; }
    [Id(7)] public int Leaves { get; init; }
    [Id(8)] public int Messages { get; init; }
    [Id(9)] public int OrdersTarget { get; init; }
    [Id(10)] public decimal GmvTarget { get; init; }
    [Id(11)] public int ActiveGroups { get; init; }
    [Id(12)] public long PageErrors { get; init; }

    /// <summary>Orders per unique visitor, 0..1.</summary>
    public double Conversion => UniqueVisitors == 0 ? 0 : (double)Orders / UniqueVisitors;
}
