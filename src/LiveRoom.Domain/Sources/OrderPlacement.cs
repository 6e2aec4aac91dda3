using LiveRoom.Domain.Ingestion;

namespace LiveRoom.Domain.Sources;

/// <summary>
/// The part of routing every platform shares: placing an order's lines in the open launches that
/// map them (in the named group or the <see cref="Unattributed"/> row), and turning placed lines
/// into LiveRoom order events. The platform routers only read their own message format.
/// </summary>
public static class OrderPlacement
{
    /// <summary>Each line goes to every open launch that maps one of its ids to one of its SKUs; lines no launch takes are examples.</summary>
    /// <param name="orderId">The LiveRoom order id of a line (platform prefix, order and line id).</param>
    /// <param name="groupText">The group the order names under a mapping's field path (null: the platform's default).</param>
    public static (IReadOnlyList<PlacedLine> Placed, IReadOnlyList<UnmatchedExample> Unplaced) Place(
        string tid, IReadOnlyList<PlatformLine> lines, Func<PlatformLine, string> orderId, Func<string?, string?> groupText,
        IReadOnlyList<SourceMapping> mappings, IReadOnlyDictionary<string, LaunchTarget> launches, DateTimeOffset now)
    {
        var placed = new List<PlacedLine>();
        var unplaced = new List<UnmatchedExample>();
        if (lines.Count == 0) unplaced.Add(new UnmatchedExample(now, tid, [], "no-lines"));
        foreach (var line in lines)
        {
            if (line.Quantity < 1 || line.Quantity > IngestLimits.MaxOrderQuantity || line.Payment < 0 || line.Payment > IngestLimits.MaxOrderAmount)
            {
                unplaced.Add(new UnmatchedExample(now, tid, line.SkuKeys, "bad-line"));
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
                placed.Add(new PlacedLine(target.LaunchId, group, orderId(line), sku, line.Quantity, line.Payment));
                taken = true;
            }
            if (!taken) unplaced.Add(new UnmatchedExample(now, tid, line.SkuKeys, "unmapped-sku"));
        }
        return (placed, unplaced);
    }

    /// <summary>The order events of <paramref name="placed"/> per open launch, each with an id unique to this message and line.</summary>
    public static Dictionary<string, IReadOnlyList<LaunchEvent>> Events(
        IReadOnlyList<PlacedLine> placed, IReadOnlyDictionary<string, LaunchTarget> launches, string msgId, DateTimeOffset at, OrderStatus status)
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

    /// <summary>The platform's time when it is plausible, else the arrival time (a wrong shop clock must not move sales across minutes far away).</summary>
    public static DateTimeOffset Plausible(DateTimeOffset? at, DateTimeOffset now) =>
        at is { } t && t <= now + IngestLimits.MaxClockSkew && t >= now - IngestLimits.MaxLateness ? t : now;
}
