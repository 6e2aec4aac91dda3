
namespace LiveRoom.Domain.Groups;

/// <summary>
/// A group's page views and visitor set: traffic, persisted on the timer only (docs/architecture.md,
/// principle 4), so that writing an order never rewrites thousands of visitor hashes.
/// </summary>
[GenerateSerializer, Alias("LiveRoom.GroupTraffic.v1")]
public sealed class GroupTraffic
{
    [Id(0)] public long PageViews { get; set; }
    [Id(1)] public HashSet<ulong> Visitors { get; set; } = [];
    /// <summary>Sale-page errors (beacon): approximate like page views.</summary>
    [Id(2)] public long PageErrors { get; set; }
    [Id(3)] public PageErrorSeen? LastPageError { get; set; }
}
