using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Playbooks;

namespace LiveRoom.Web.Playbooks;

/// <summary>
/// This node's copy of the cluster's playbook library (<see cref="IPlaybookLibraryGrain"/>), read
/// without a grain call on every board render. Until the first read it is the local folder, so a
/// node serves playbooks before the cluster answers; saves go to the grain and refresh the copy at once.
/// </summary>
public sealed class PlaybookCatalog(IGrainFactory grains, PlaybookLibrary local)
{
    private readonly object _gate = new();
    private PlaybookLibrary _current = local;
    private bool _fromCluster;

    public PlaybookLibrary Current { get { lock (_gate) return _current; } }

    private IPlaybookLibraryGrain Grain => grains.GetGrain<IPlaybookLibraryGrain>(IPlaybookLibraryGrain.Key);

    /// <summary>Re-reads the library when its version differs from this copy's.</summary>
    public async Task RefreshAsync(long? knownVersion = null)
    {
        lock (_gate) if (_fromCluster && knownVersion == _current.Version) return;
        var library = new PlaybookLibrary(await Grain.Get());
        lock (_gate)
        {
            // A slower read of an older version must not replace a newer one.
            if (library.Version > _current.Version || !_fromCluster) (_current, _fromCluster) = (library, true);
        }
    }

    public async Task<IReadOnlyList<PlaybookError>> SaveAsync(string id, string text, string actor)
    {
        var errors = await Grain.Save(id, text, actor);
        if (errors.Count == 0) await RefreshAsync();
        return errors;
    }

    public async Task<bool> RevertToFileAsync(string id)
    {
        var reverted = await Grain.RevertToFile(id);
        if (reverted) await RefreshAsync();
        return reverted;
    }
}
