namespace LiveRoom.Domain.Sources;

/// <summary>
/// One line of a platform order as routing sees it, whatever the platform: its id within the
/// order, the ids a launch may map (most specific first), quantity and paid amount in yuan.
/// </summary>
public sealed record PlatformLine(string LineId, IReadOnlyList<string> SkuKeys, int Quantity, decimal Payment);
