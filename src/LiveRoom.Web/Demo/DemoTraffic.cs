using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Web.Demo;

/// <summary>
/// Makes one step of demo traffic: page views with repeat visitors, chat, joins and leaves before
/// T0; a spike of orders at T0 that decays, and a push in the closing phase; a few refunds.
/// Seeded, so the same seed gives the same launch.
/// </summary>
public sealed class DemoTraffic(LaunchDefinition launch, IReadOnlyList<GroupRegistration> groups, DemoOptions options)
{
    private readonly Random _random = new(options.Seed);
    private readonly List<LaunchEvent> _paid = [];
    // Cumulative weights: bigger for the first groups (real launches have a few hot groups and a long tail).
    private readonly double[] _cumulative = Cumulative(groups.Count);
    private long _sequence;

    /// <summary>How busy the launch is at this moment, 0..1.</summary>
    public double Activity(DateTimeOffset now)
    {
        var sinceT0 = (now - launch.StartsAt).TotalMinutes;
        var toEnd = (launch.EndsAt - now).TotalMinutes;
        if (toEnd <= 0) return 0.05;
        if (sinceT0 < 0) return 0.15 + 0.25 * Math.Exp(sinceT0 / 3); // builds up to T0
        if (toEnd < launch.ClosingLead.TotalMinutes) return 0.5;      // closing push
        return 0.3 + 0.7 * Math.Exp(-sinceT0 / 6);                    // spike, then decay
    }

    public List<LaunchEvent> Step(DateTimeOffset now, TimeSpan elapsed)
    {
        var events = new List<LaunchEvent>();
        var activity = Activity(now) * options.Intensity;
        var seconds = elapsed.TotalSeconds;
        var live = now >= launch.StartsAt && now < launch.EndsAt;

        for (var i = Count(groups.Count * 0.9 * activity * seconds); i > 0; i--)
        {
            var g = PickGroup();
            var visitor = $"v-{g.Id}-{_random.Next(Math.Max(1, g.MemberCount * 2))}";
            events.Add(New(EventKind.PageView, g, now) with { VisitorId = visitor });
        }
        for (var i = Count(groups.Count * 0.12 * activity * seconds); i > 0; i--)
        {
            var g = PickGroup();
            events.Add(New(EventKind.ChatMessage, g, now) with { MemberId = $"m{_random.Next(500)}", Text = ChatText(g) });
        }
        for (var i = Count(groups.Count * (live ? 0.01 : 0.03) * seconds); i > 0; i--)
        {
            var g = PickGroup();
            events.Add(New(EventKind.MemberJoined, g, now) with { MemberId = $"m-new-{_sequence}" });
        }
        for (var i = Count(groups.Count * 0.006 * seconds); i > 0; i--)
        {
            var g = PickGroup();
            events.Add(New(EventKind.MemberLeft, g, now) with { MemberId = $"m{_random.Next(500)}" });
        }
        if (live)
        {
            for (var i = Count(groups.Count * 0.06 * activity * seconds); i > 0; i--)
            {
                var g = PickGroup();
                var sku = launch.Skus[PickSku()];
                var quantity = 1 + (_random.NextDouble() < 0.25 ? _random.Next(1, 3) : 0);
                var orderId = $"o-{++_sequence}";
                var order = New(EventKind.Order, g, now) with { OrderId = orderId, SkuId = sku.Id, Quantity = quantity, Amount = sku.Price * quantity, Status = OrderStatus.Paid };
                _paid.Add(order);
                events.Add(order);
            }
            if (_paid.Count > 20 && _random.NextDouble() < 0.03 * seconds * 4)
            {
                var paid = _paid[_random.Next(_paid.Count)];
                events.Add(paid with { Id = $"demo-{++_sequence}", At = now, Status = OrderStatus.Refunded });
            }
        }
        return events;
    }

    /// <summary>Mostly 接龙 posts (each repeats the chain and adds a line), some chatter, questions and complaints.</summary>
    private string ChatText(GroupRegistration g)
    {
        var x = _random.NextDouble();
        if (x < 0.45)
        {
            if (!_chains.TryGetValue(g.Id, out var entries)) _chains[g.Id] = entries = [];
            if (entries.Count < 120)
                entries.Add($"{entries.Count + 1}. {Names[_random.Next(Names.Length)]}{entries.Count + 1} {Quantities[_random.Next(Quantities.Length)]}");
            return "#接龙\n周四福利 冷敷凝胶第二盒半价\n例 张三 2盒\n\n" + string.Join("\n", entries);
        }
        if (x < 0.50) return Complaints[_random.Next(Complaints.Length)];
        if (x < 0.60) return Questions[_random.Next(Questions.Length)];
        return Chatter[_random.Next(Chatter.Length)];
    }

    private readonly Dictionary<string, List<string>> _chains = [];
    private static readonly string[] Names = ["李姐", "🌸小雨", "王老师", "阿芳", "陈先生", "小美", "刘阿姨"];
    private static readonly string[] Quantities = ["1盒", "2盒", "x3", "", "两盒", "2"];
    private static readonly string[] Complaints = ["是不是骗子啊，上次的还没收到", "太贵了吧", "要投诉，客服不回", "感觉是智商税"];
    private static readonly string[] Questions = ["什么时候发货？", "这个怎么用？", "能不能开发票？", "还有库存吗"];
    private static readonly string[] Chatter = ["已下单", "冲冲冲", "好用回购了", "谢谢群主", "收到"];

    public LaunchEvent Restock(string skuId, int quantity, DateTimeOffset now) =>
        new() { Kind = EventKind.Restock, Id = $"demo-restock-{++_sequence}", At = now, SkuId = skuId, Quantity = quantity };

    private LaunchEvent New(EventKind kind, GroupRegistration g, DateTimeOffset now) =>
        new() { Kind = kind, Id = $"demo-{++_sequence}", GroupId = g.Id, At = now };

    /// <summary>A Poisson-ish whole count with the given mean.</summary>
    private int Count(double mean)
    {
        var whole = (int)mean;
        return whole + (_random.NextDouble() < mean - whole ? 1 : 0);
    }

    private GroupRegistration PickGroup()
    {
        var index = Array.BinarySearch(_cumulative, _random.NextDouble() * _cumulative[^1]);
        return groups[Math.Min(index < 0 ? ~index : index, groups.Count - 1)];
    }

    private static double[] Cumulative(int count)
    {
        var sums = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++) sums[i] = total += 1.0 / Math.Pow(i + 1, 0.6);
        return sums;
    }

    private int PickSku()
    {
        var x = _random.NextDouble();
        return x < 0.5 ? 0 : x < 0.85 ? 1 : Math.Min(2, launch.Skus.Count - 1);
    }
}
