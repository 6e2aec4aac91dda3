using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Web.Demo;

/// <summary>The demo's setup: a winter product launch across a few hundred groups.</summary>
public static class DemoLaunch
{
    public static LaunchDefinition Definition(DemoOptions o, DateTimeOffset now)
    {
        var t0 = now + o.StartsIn;
        return new LaunchDefinition
        {
            Id = o.LaunchId,
            Name = "冬季暖心好物社群发售（演示）",
            StartsAt = t0,
            TimeZone = "Asia/Shanghai",
            EndsAt = t0 + o.SaleLength,
            CountdownLead = TimeSpan.FromMinutes(10),
            ClosingLead = TimeSpan.FromMinutes(15),
            Skus =
            [
                new Sku("gel", "冷敷凝胶 第二盒半价", 59.9m, 99m, 1200, 150),
                new Sku("warmer", "暖宝宝 30片装", 29.9m, 49m, 4000, 400),
                // Limited and never restocked (no low-stock threshold): it sells out during the sale,
                // which brings up the "sold out" playbook suggestion on the board.
                new Sku("cup", "316保温杯 限量", 89m, 159m, 240, 0),
            ],
            Targets = new LaunchTargets(o.Groups * 12, o.Groups * 12 * 55m),
            SaleLink = "https://shop.example.com/sale/winter-demo",
        };
    }

    public static IReadOnlyList<GroupRegistration> Groups(DemoOptions o)
    {
        var random = new Random(o.Seed);
        string[] cities = ["杭州", "上海", "成都", "广州", "武汉", "西安", "南京", "长沙", "苏州", "重庆"];
        string[] themes = ["宝妈福利群", "好物分享群", "会员核心群", "新人体验群", "邻里团购群"];
        return Enumerable.Range(1, o.Groups).Select(i =>
        {
            var tier = (i % 10) switch { < 5 => GroupTier.Pond, < 8 => GroupTier.Transit, _ => GroupTier.Core };
            var (kind, owner, assistants) = DemoStaff.Of(i);
            return new GroupRegistration
            {
                Id = $"g{i:0000}",
                Name = $"{cities[i % cities.Length]}{themes[i % themes.Length]}{i}",
                Tier = tier,
                Kind = kind,
                Owner = owner,
                Assistants = assistants,
                MemberCount = tier == GroupTier.Core ? random.Next(80, 200) : random.Next(150, 480),
                SeededMembers = tier == GroupTier.Core ? [$"托{i}a", $"托{i}b"] : [],
                ConversionMode = i % 3 == 0 ? ConversionMode.GroupBuy : ConversionMode.ChainSignup,
                Variant = i % 2 == 0 ? "A" : "B",
            };
        }).ToList();
    }
}
