using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The part of routing every shop platform shares: each line goes to every open launch that maps
/// one of its ids to one of its SKUs, in the group the order names or the launch's
/// <see cref="Unattributed"/> row; the placed lines become order events. Platforms differ only in
/// how they read an order and what its status means.
/// </summary>
public static class LinePlacement
{
    /// <summary>
    /// Places <paramref name="lines"/> of order <paramref name="orderId"/>; LiveRoom order ids are
    /// <c>{prefix}-{orderId}-{lineId}</c>. <paramref name="groupText"/> reads the group at a mapping's
    /// path (null: the platform's default fields).
    /// </summary>
    public static (IReadOnlyList<PlacedLine> Placed, IReadOnlyList<UnmatchedExample> Unplaced) Place(
        string prefix, string orderId, IReadOnlyList<ShopLine> lines, Func<string?, string?> groupText,
        IReadOnlyList<SourceMapping> mappings, IReadOnlyDictionary<string, LaunchTarget> launches, DateTimeOffset now)
    {
        var placed = new List<PlacedLine>();
        var unplaced = new List<UnmatchedExample>();
        if (lines.Count == 0) unplaced.Add(new UnmatchedExample(now, orderId, [], "no-lines"));
        foreach (var line in lines)
        {
            if (line.Quantity < 1 || line.Quantity > IngestLimits.MaxOrderQuantity || line.Amount < 0 || line.Amount > IngestLimits.MaxOrderAmount)
            {
                unplaced.Add(new UnmatchedExample(now, orderId, line.SkuKeys, "bad-line"));
                continue;
            }
            var taken = false;
            foreach (var mapping in mappings)
            {
                if (!launches.TryGetValue(mapping.LaunchId, out var target) || !target.Open) continue;
                var sku = line.SkuKeys.Select(k => mapping.Skus.GetValueOrDefault(k)).FirstOrDefault(s => s is not null && target.SkuIds.Contains(s));
                if (sku is null) continue;
                var named = groupText(mapping.GroupField);
                var group = named is not null && named != Unattributed.GroupId && target.GroupIds.Contains(named) ? named : Unattributed.GroupId;
                placed.Add(new PlacedLine(target.LaunchId, group, $"{prefix}-{orderId}-{line.LineId}", sku, line.Quantity, line.Amount));
                taken = true;
            }
            if (!taken) unplaced.Add(new UnmatchedExample(now, orderId, line.SkuKeys, "unmapped-sku"));
        }
        return (placed, unplaced);
    }

    /// <summary>One order event per placed line of an open launch, with event ids <c>{msgId}/{orderId}</c> so a replay is a duplicate.</summary>
    public static Dictionary<string, IReadOnlyList<LaunchEvent>> Events(string msgId, IEnumerable<PlacedLine> placed,
        IReadOnlyDictionary<string, LaunchTarget> launches, DateTimeOffset at, OrderStatus status)
    {
        var events = new Dictionary<string, IReadOnlyList<LaunchEvent>>(StringComparer.Ordinal);
        foreach (var byLaunch in placed.Where(l => launches.TryGetValue(l.LaunchId, out var target) && target.Open).GroupBy(l => l.LaunchId))
        {
            events[byLaunch.Key] = byLaunch.Select(l => new LaunchEvent
            {
                Kind = EventKind.Order,
                Id = $"{msgId}/{l.OrderId}",
                GroupId = l.GroupId,
                At = at,
                OrderId = l.OrderId,
                SkuId = l.SkuId,
                Quantity = l.Quantity,
                Amount = l.Amount,
                Status = status,
            }).ToList();
        }
        return events;
    }
}
