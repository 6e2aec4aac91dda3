using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Tests.Support;

namespace LiveRoom.Domain.Tests.Ingestion;

public class LaunchCatalogTests
{
    private static readonly LaunchCatalog Catalog = new(
        "launch-1", 3,
        new HashSet<string>(["g1", "g2"], StringComparer.Ordinal),
        new HashSet<string>(["sku-1"], StringComparer.Ordinal),
        new IngestKeys("lrk_server", "lrb_beacon"));

    [Fact]
    public void Known_group_and_sku_resolve()
    {
        Assert.Null(Catalog.CheckReferences(Events.Order("o1", OrderStatus.Paid, Events.T, group: "g2"), 0));
    }

    [Fact]
    public void Unknown_group_is_named_with_index_and_event_id()
    {
        var error = Catalog.CheckReferences(Events.Order("o1", OrderStatus.Paid, Events.T, group: "g9", id: "e5"), 4);
        Assert.NotNull(error);
        Assert.Equal(4, error.Index);
        Assert.Equal("e5", error.EventId);
        Assert.Equal("groupId", error.Field);
        Assert.Contains("g9", error.Message);
    }

    [Fact]
    public void Unknown_sku_is_named()
    {
        var error = Catalog.CheckReferences(Events.Order("o1", OrderStatus.Paid, Events.T, sku: "sku-x"), 0);
        Assert.Equal("skuId", error?.Field);
    }

    [Fact]
    public void Ids_are_case_sensitive()
    {
        Assert.Equal("groupId", Catalog.CheckReferences(Events.Order("o1", OrderStatus.Paid, Events.T, group: "G1"), 0)?.Field);
    }

    [Fact]
    public void Restock_without_a_group_checks_only_its_sku()
    {
        Assert.Null(Catalog.CheckReferences(Events.Restock("r1", "sku-1", 5, Events.T), 0));
        Assert.Equal("skuId", Catalog.CheckReferences(Events.Restock("r1", "nope", 5, Events.T), 0)?.Field);
    }
}
