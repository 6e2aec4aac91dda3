using LiveRoom.LoadTests.Client;
using LiveRoom.LoadTests.Smoke;

namespace LiveRoom.LoadTests.Model;

/// <summary>
/// Generates a launch from a seed: per group, members visit the sale page (with repeat visits),
/// sign up in the group's 接龙, order once the sale opens at T0 (an SKU mix; the hot SKU's stock runs
/// out and buyers fall back to the next SKU), chat (questions, complaints), join in bursts and leave
/// in a wave after T0. Times follow the profile's curve. Each group draws from its own seeded random
/// source, so a script is the same whatever else changes; stock is then allocated in time order.
/// </summary>
public static class LaunchModel
{
    public static LaunchScript Generate(ModelOptions options)
    {
        var duration = (long)options.Duration.TotalMilliseconds;
        var groups = new ModelGroup[options.Groups];
        var events = new List<ModelEvent>();
        var wishes = new List<Wish>();
        var truth = new SmokeTruth { Signups = 0, Members = 0, Messages = 0 };
        var visitors = 0;

        for (var g = 0; g < options.Groups; g++)
        {
            var random = new Random(Seeds.Mix(options.Seed, g, 0x5eed));
            var group = new GroupBuilder(options, g, random, duration);
            group.Build(events, wishes);
            groups[g] = group.Group;
            visitors += group.Visitors;
            truth.SignupsByGroup[group.Group.Id] = group.Signups;
            truth.MembersByGroup[group.Group.Id] = group.Members;
            truth.Signups += group.Signups;
            truth.Members += group.Members;
            truth.Messages += group.Messages;
        }

        var skus = SkuPlan.Catalogue();
        var (orders, misses) = AllocateStock(options, skus, wishes, events, truth, duration);
        truth.UniqueVisitors = visitors;
        truth.PageViews = events.Count(e => e.Kind == ModelKind.PageView);

        return new LaunchScript
        {
            Options = options,
            Groups = groups,
            Skus = skus,
            // Stable: events of the same millisecond keep their generation order, so the stream is reproducible.
            Events = events.OrderBy(e => e.AtMs).ToArray(),
            Orders = orders,
            Truth = truth,
            SoldOutMisses = misses,
        };
    }

    /// <summary>An order a member means to place; the SKU is only a preference until stock is allocated.</summary>
    internal readonly record struct Wish(long AtMs, int Group, int Member, int Sku, int Quantity);

    /// <summary>
    /// The hot SKU gets stock for about 60 % of its demand, the others 150 %: the hot one sells out
    /// during the run, as launches plan it. Orders are served in time order; a buyer whose SKU is
    /// gone takes the next one in stock or leaves without ordering.
    /// </summary>
    private static (List<OrderLine>, int) AllocateStock(ModelOptions options, SkuPlan[] skus, List<Wish> wishes,
        List<ModelEvent> events, SmokeTruth truth, long duration)
    {
        for (var s = 0; s < skus.Length; s++)
        {
            var demand = wishes.Where(w => w.Sku == s).Sum(w => w.Quantity);
            skus[s].Stock = s == 0 ? Math.Max(1, (int)(demand * 0.6)) : (int)(demand * 1.5) + 10;
        }
        var remaining = skus.Select(s => s.Stock).ToArray();
        var random = new Random(Seeds.Mix(options.Seed, -1, 0x07de));
        var orders = new List<OrderLine>();
        var misses = 0;
        foreach (var wish in wishes.OrderBy(w => w.AtMs).ThenBy(w => w.Group).ThenBy(w => w.Member))
        {
            var sku = Enumerable.Range(0, skus.Length).Select(i => (wish.Sku + i) % skus.Length).FirstOrDefault(i => remaining[i] >= wish.Quantity, -1);
            if (sku < 0)
            {
                misses++;
                continue;
            }
            remaining[sku] -= wish.Quantity;
            var refunded = random.NextDouble() < options.Funnel.Refund;
            var line = new OrderLine(sku, wish.Quantity, skus[sku].Price * wish.Quantity, refunded);
            events.Add(new ModelEvent(wish.AtMs, ModelKind.Order, wish.Group, wish.Member, orders.Count));
            if (refunded)
            {
                var refundAt = Math.Min(duration - 1, wish.AtMs + (long)(duration * (0.01 + 0.09 * random.NextDouble())));
                events.Add(new ModelEvent(refundAt, ModelKind.Refund, wish.Group, wish.Member, orders.Count));
            }
            orders.Add(line);
            if (refunded)
            {
                // The refund gives the stock back only in LiveRoom's count; the model keeps it spent
                // (a launch does not resell returns during the sale).
                continue;
            }
            var groupId = LaunchPlan.GroupId(wish.Group);
            truth.Orders++;
            truth.Gmv += line.Amount;
            truth.SoldBySku[skus[sku].Id] = truth.SoldBySku.GetValueOrDefault(skus[sku].Id) + wish.Quantity;
            truth.OrdersByGroup[groupId] = truth.OrdersByGroup.GetValueOrDefault(groupId) + 1;
        }
        foreach (var s in skus)
        {
            truth.SoldBySku.TryAdd(s.Id, 0);
            truth.StockBySku[s.Id] = s.Stock;
        }
        return (orders, misses);
    }
}
