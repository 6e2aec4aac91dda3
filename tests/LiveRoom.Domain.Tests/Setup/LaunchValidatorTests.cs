using LiveRoom.Domain.Launches;
using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Tests.Setup;

public class LaunchValidatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly LaunchDefinition Good = Support.Launches.Definition(T0);

    private static string[] Fields(LaunchDefinition d) => LaunchValidator.Validate(d).ToDictionary().Keys.Order().ToArray();

    [Fact]
    public void A_good_launch_is_valid()
    {
        Assert.True(LaunchValidator.Validate(Good).IsValid);
        Assert.True(LaunchValidator.Validate(Good with { SaleLink = "https://shop.example/sale?id=1" }).IsValid);
    }

    public static TheoryData<string, Func<LaunchDefinition, LaunchDefinition>> Broken => new()
    {
        { "name", d => d with { Name = " " } },
        { "name", d => d with { Name = new string('名', 201) } },
        { "id", d => d with { Id = "has space" } },
        { "id", d => d with { Id = "" } },
        { "id", d => d with { Id = new string('a', 65) } },
        { "timeZone", d => d with { TimeZone = "Mars/Olympus" } },
        { "timeZone", d => d with { TimeZone = "" } },
        { "endsAt", d => d with { EndsAt = d.StartsAt } },
        { "warmupLeadMinutes", d => d with { WarmupLead = TimeSpan.FromMinutes(5), CountdownLead = TimeSpan.FromMinutes(10) } },
        { "closingLeadMinutes", d => d with { ClosingLead = TimeSpan.FromMinutes(-1) } },
        { "saleLink", d => d with { SaleLink = "not a url" } },
        { "saleLink", d => d with { SaleLink = "ftp://shop.example/sale" } },
        { "targets.orders", d => d with { Targets = new LaunchTargets(-1, 0) } },
        { "targets.gmv", d => d with { Targets = new LaunchTargets(0, -0.01m) } },
        { "skus", d => d with { Skus = [] } },
        { "skus", d => d with { Skus = Enumerable.Range(0, 201).Select(i => Support.Launches.Sku($"s{i}")).ToList() } },
        { "skus[0].id", d => d with { Skus = [Support.Launches.Sku("bad id")] } },
        { "skus[0].name", d => d with { Skus = [Support.Launches.Sku() with { Name = "" }] } },
        { "skus[0].price", d => d with { Skus = [Support.Launches.Sku(price: 0m)] } },
        { "skus[0].anchorPrice", d => d with { Skus = [Support.Launches.Sku() with { AnchorPrice = -1m }] } },
        { "skus[0].initialStock", d => d with { Skus = [Support.Launches.Sku(stock: -1)] } },
        { "skus[0].lowStockThreshold", d => d with { Skus = [Support.Launches.Sku(low: -1)] } },
        { "skus[1].id", d => d with { Skus = [Support.Launches.Sku("a"), Support.Launches.Sku("a")] } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_rule_names_its_field(string field, Func<LaunchDefinition, LaunchDefinition> change)
    {
        Assert.Equal(new[] { field }, Fields(change(Good)));
    }

    [Fact]
    public void Negative_countdown_is_reported()
    {
        var d = Good with { CountdownLead = TimeSpan.FromMinutes(-1) };
        Assert.Contains("countdownLeadMinutes", Fields(d));
    }

    [Fact]
    public void Iana_zones_are_known()
    {
        Assert.True(TimeZones.IsKnown("Asia/Shanghai"));
        Assert.True(TimeZones.IsKnown("UTC"));
        Assert.False(TimeZones.IsKnown(null));
    }

    [Fact]
    public void Several_problems_are_all_reported()
    {
        var d = Good with { Name = "", Id = "x y", Skus = [] };
        Assert.Equal(new[] { "id", "name", "skus" }, Fields(d));
    }
}
