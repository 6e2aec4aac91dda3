using LiveRoom.LoadTests.Load;

namespace LiveRoom.LoadTests.StatePerEvent;

/// <summary>
/// What the state-per-event design keeps per group for the bench stream: the same facts LiveRoom's
/// group keeps for it (page views, visitors for UV, orders by id, chat messages by id, a per-minute
/// series), all in one state written after every event. Written with Orleans' serializer, as
/// LiveRoom's durable mode writes its group state.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.Bench.PerEventGroupState.v1")]
public sealed class PerEventGroupState
{
    [Id(0)] public long Version { get; set; }
    [Id(1)] public long PageViews { get; set; }
    [Id(2)] public HashSet<long> Visitors { get; set; } = [];
    /// <summary>Paid orders by id: a webhook retried with the same id counts once.</summary>
    [Id(3)] public Dictionary<long, decimal> Orders { get; set; } = [];
    [Id(4)] public decimal Gmv { get; set; }
    [Id(5)] public HashSet<long> MessageIds { get; set; } = [];
    [Id(6)] public Dictionary<long, MinuteCounts> Minutes { get; set; } = [];

    /// <summary>Applies one event; false when it changed nothing (a replayed order or message), so no write is due.</summary>
    public bool Apply(PerEvent e)
    {
        var minute = Minutes.TryGetValue(e.Minute, out var m) ? m : Minutes[e.Minute] = new MinuteCounts();
        switch (e.Kind)
        {
            case StreamKind.PageView:
                PageViews++;
                minute.PageViews++;
                if (Visitors.Add(e.Visitor)) minute.Visitors++;
                break;
            case StreamKind.Order:
                if (!Orders.TryAdd(e.Id, e.Amount)) return false;
                Gmv += e.Amount;
                minute.Orders++;
                break;
            case StreamKind.Chat:
                if (!MessageIds.Add(e.Id)) return false;
                minute.Messages++;
                break;
        }
        Version++;
        return true;
    }
}

[GenerateSerializer, Alias("LiveRoom.Bench.MinuteCounts.v1")]
public sealed class MinuteCounts
{
    [Id(0)] public int PageViews { get; set; }
    [Id(1)] public int Visitors { get; set; }
    [Id(2)] public int Orders { get; set; }
    [Id(3)] public int Messages { get; set; }
}
