using LiveRoom.Domain.Launches;

namespace LiveRoom.Web.Setup;

public sealed class SkuFormModel
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public decimal Price { get; set; }
    public decimal AnchorPrice { get; set; }
    public int InitialStock { get; set; }
    public int LowStockThreshold { get; set; }

    public static SkuFormModel From(Sku s) => new()
    {
        Id = s.Id, Name = s.Name, Price = s.Price, AnchorPrice = s.AnchorPrice, InitialStock = s.InitialStock, LowStockThreshold = s.LowStockThreshold,
    };

    public Sku ToSku() => new(Id.Trim(), Name.Trim(), Price, AnchorPrice, InitialStock, LowStockThreshold);
}
