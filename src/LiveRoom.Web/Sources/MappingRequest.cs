namespace LiveRoom.Web.Sources;

/// <summary>The body of <c>PUT /api/launches/{launchId}/sources/{sourceId}</c>: platform id → launch SKU id, and an optional group field path.</summary>
public sealed record MappingRequest(Dictionary<string, string>? Skus, string? GroupField);
