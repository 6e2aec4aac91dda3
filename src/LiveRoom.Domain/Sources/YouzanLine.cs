namespace LiveRoom.Domain.Sources;

/// <summary>
/// One line of a Youzan trade (an entry of <c>orders[]</c>): its sub-order id and the ids a
/// launch may map, most specific first (<c>outer_sku_id</c>, <c>sku_id</c>, <c>item_id</c>).
/// </summary>
public sealed record YouzanLine(string LineId, IReadOnlyList<string> SkuKeys, int Quantity, decimal Payment);
