using LiveRoom.Domain.Playbooks;
using LiveRoom.Grains.Playbooks;
using Microsoft.Extensions.Options;

namespace LiveRoom.Web.Playbooks;

/// <summary>
/// Seeds the library grain with this node's folder once, then polls its version every
/// <see cref="PlaybookOptions.RefreshInterval"/>. Polling one number was chosen over a grain
/// observer: it needs no re-subscription after the grain moves or a node restarts, and costs one
/// small call per node every few seconds.
/// </summary>
public sealed class PlaybookLibrarySync(
    IGrainFactory grains,
    PlaybookCatalog catalog,
    PlaybookFolderSource folder,
    IOptions<PlaybookOptions> options,
    ILogger<PlaybookLibrarySync> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var grain = grains.GetGrain<IPlaybookLibraryGrain>(IPlaybookLibraryGrain.Key);
        var seeded = false;
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        do
        {
            try
            {
                if (!seeded)
                {
                    var files = PlaybookFolder.Read(folder.Path);
                    // A node with a wrong or empty folder must not take the shipped playbooks away from the whole cluster.
                    if (files.Count > 0) await grain.Seed(files);
                    else logger.LogWarning("No playbook files in {Folder}: this node uses the cluster's library without seeding it", folder.Path);
                    seeded = true;
                }
                await catalog.RefreshAsync(await grain.GetVersion());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Playbook library not refreshed; this node keeps version {Version}", catalog.Current.Version);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
