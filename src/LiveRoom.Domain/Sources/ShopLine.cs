namespace LiveRoom.Domain.Sources;

/// <summary>
/// One line of a platform order as placement sees it, whatever the platform: its line id, the ids
/// a launch may map (most specific first), the quantity and the amount paid for the line (yuan).
/// </summary>
public sealed record ShopLine(string LineId, IReadOnlyList<string> SkuKeys, int Quantity, decimal Amount);
