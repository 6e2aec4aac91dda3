using System.Text.Json;
using LiveRoom.LoadTests.Client;

namespace LiveRoom.LoadTests.Smoke;

/// <summary>
/// The smoke traffic, generated from a seed: page views (some replayed), orders (some delivered
/// twice, some refunded or cancelled, some refunds arriving before their payment), and chat, all
/// shuffled as webhooks arrive. The truth is what the launch must show whatever the order of arrival.
/// </summary>
public sealed class SmokePlan
{
    private static readonly decimal[] Prices = [99.9m, 149m, 19.5m];

    private SmokePlan(List<string> events, SmokeTruth truth)
    {
        Events = events;
        Truth = truth;
    }

    /// <summary>Each event as its JSON text, in sending order.</summary>
    public IReadOnlyList<string> Events { get; }

    public SmokeTruth Truth { get; }

    public static SmokePlan Create(string run, int groups, int pageViews, int visitors, int orders, int seed)
    {
        var random = new Random(seed);
        var events = new List<string>();
        var truth = new SmokeTruth();
        string Json(object e) => JsonSerializer.Serialize(e);

        var seenVisitors = new HashSet<int>();
        for (var i = 0; i < pageViews; i++)
        {
            var visitor = random.Next(visitors);
            seenVisitors.Add(visitor);
            var e = Json(new { id = $"{run}-pv{i}", type = "page_view", groupId = LaunchPlan.GroupId(random.Next(groups)), visitorId = $"v{visitor}" });
            events.Add(e);
            if (i % 20 == 0) events.Add(e); // a replayed beacon: must not count twice
        }
        truth.PageViews = pageViews;
        truth.UniqueVisitors = seenVisitors.Count;

        for (var i = 0; i < orders; i++)
        {
            var group = LaunchPlan.GroupId(random.Next(groups));
            var skuIndex = random.Next(LaunchPlan.SaleSkus.Length);
            var sku = LaunchPlan.SaleSkus[skuIndex];
            var quantity = random.Next(1, 4);
            var amount = Prices[skuIndex] * quantity;
            var orderId = $"{run}-o{i}";
            object Order(string status, string suffix) => new { id = $"{orderId}-{suffix}", type = "order", groupId = group, orderId, skuId = sku, quantity, amount, status };

            events.Add(Json(Order("paid", "paid")));
            if (i % 7 == 0) events.Add(Json(Order("paid", "paid"))); // webhook retried: same event id
            if (i % 11 == 0) events.Add(Json(Order("paid", "paid-again"))); // a second paid event: not a second sale
            var reversed = i % 9 == 0 ? "refunded" : i % 13 == 0 ? "cancelled" : null;
            if (reversed is not null)
            {
                events.Add(Json(Order(reversed, reversed)));
                continue;
            }
            truth.Orders++;
            truth.Gmv += amount;
            truth.SoldBySku[sku] = truth.SoldBySku.GetValueOrDefault(sku) + quantity;
            truth.OrdersByGroup[group] = truth.OrdersByGroup.GetValueOrDefault(group) + 1;
        }

        for (var i = 0; i < orders / 2; i++)
            events.Add(Json(new { id = $"{run}-c{i}", type = "chat_message", groupId = LaunchPlan.GroupId(random.Next(groups)), memberId = $"m{i % 50}", text = "到了吗" }));

        // Webhooks arrive out of order: a refund before its payment must end in the same state.
        for (var i = events.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (events[i], events[j]) = (events[j], events[i]);
        }
        return new SmokePlan(events, truth);
    }
}
