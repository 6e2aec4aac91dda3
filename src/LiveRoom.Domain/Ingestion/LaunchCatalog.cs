namespace LiveRoom.Domain.Ingestion;

/// <summary>
/// What ingestion needs to know about a launch to accept an event: its keys, groups and SKUs.
/// Nodes cache it so validation never calls a grain per event.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.LaunchCatalog.v1")]
public sealed record LaunchCatalog(
    [property: Id(0)] string LaunchId,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlySet<string> GroupIds,
    [property: Id(3)] IReadOnlySet<string> SkuIds,
    [property: Id(4)] IngestKeys Keys)
{
    /// <summary>Checks the references an event makes; null when they all resolve.</summary>
    public EventError? CheckReferences(LaunchEvent e, int index)
    {
        if (e.GroupId is { } g && !GroupIds.Contains(g))
            return new EventError(index, e.Id, "groupId", $"group '{g}' is not registered in launch '{LaunchId}'");
        if (e.SkuId is { } s && !SkuIds.Contains(s))
            return new EventError(index, e.Id, "skuId", $"SKU '{s}' is not part of launch '{LaunchId}'");
        return null;
    }
}
