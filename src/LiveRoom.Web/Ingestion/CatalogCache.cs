using System.Collections.Concurrent;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Launches;

namespace LiveRoom.Web.Ingestion;

/// <summary>
/// This node's copy of each launch's catalog (keys, groups, SKUs), so validating an event never
/// calls a grain. Refreshed every few seconds, and at once (at most once a second) when an event
/// names a group or SKU the copy does not know yet, so a group registered a moment ago is accepted.
/// </summary>
public sealed class CatalogCache(IGrainFactory grains, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MissRefresh = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<LaunchCatalog?> GetAsync(string launchId)
    {
        if (_entries.TryGetValue(launchId, out var e) && clock.GetUtcNow() - e.FetchedAt < MaxAge) return e.Catalog;
        return await RefreshAsync(launchId);
    }

    /// <summary>Reloads when the cached copy is older than a second; returns the newest copy.</summary>
    public async ValueTask<LaunchCatalog?> RefreshOnMissAsync(string launchId)
    {
        if (_entries.TryGetValue(launchId, out var e) && clock.GetUtcNow() - e.FetchedAt < MissRefresh) return e.Catalog;
        return await RefreshAsync(launchId);
    }

    public void Invalidate(string launchId) => _entries.TryRemove(launchId, out _);

    private async Task<LaunchCatalog?> RefreshAsync(string launchId)
    {
        var catalog = await grains.GetGrain<ILaunchGrain>(launchId).GetCatalog();
        _entries[launchId] = new Entry(catalog, clock.GetUtcNow());
        return catalog;
    }

    private sealed record Entry(LaunchCatalog? Catalog, DateTimeOffset FetchedAt);
}
