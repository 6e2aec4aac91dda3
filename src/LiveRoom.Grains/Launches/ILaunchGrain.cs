using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Domain.Launches;

namespace LiveRoom.Grains.Launches;

/// <summary>One launch: its setup, its keys, and the launch-wide board fed by group reports. Key: launch id.</summary>
[Alias("LiveRoom.ILaunchGrain")]
public interface ILaunchGrain : IGrainWithStringKey
{
    [Alias("GetDefinition")] Task<LaunchDefinition?> GetDefinition();
    /// <summary>Creates or replaces the definition; keys are generated on first save.</summary>
    [Alias("Save")] Task<LaunchDefinition> Save(LaunchDefinition definition);
    [Alias("SetPhaseOverride")] Task<LaunchDefinition> SetPhaseOverride(LaunchPhase? phase);
    /// <summary>Marks an SKU paused (or not) on the board; false when the launch has no such SKU.</summary>
    [Alias("SetSkuPaused")] Task<bool> SetSkuPaused(string skuId, bool paused);
    [Alias("GetKeys")] Task<IngestKeys?> GetKeys();
    [Alias("RotateKeys")] Task<IngestKeys> RotateKeys();
    /// <summary>Makes the chosen keys accept nothing until the next rotation (a leaked key, a finished launch).</summary>
    [Alias("RevokeKeys")] Task<IngestKeys> RevokeKeys(bool server, bool beacon);
    [Alias("GetCatalog")] Task<LaunchCatalog?> GetCatalog();
    /// <summary>Adds or replaces groups by id; returns the number of groups now registered.</summary>
    [Alias("RegisterGroups")] Task<int> RegisterGroups(IReadOnlyList<GroupRegistration> groups);
    [Alias("GetGroups")] Task<IReadOnlyList<GroupRegistration>> GetGroups();
    [Alias("GetGroup")] Task<GroupRegistration?> GetGroup(string groupId);
    /// <summary>The group whose <c>links[platform]</c> is <paramref name="platformId"/>, or null.</summary>
    [Alias("FindLinkedGroup")] Task<GroupRegistration?> FindLinkedGroup(string platform, string platformId);
    [Alias("GetSnapshot")] Task<LaunchSnapshot?> GetSnapshot();
    [Alias("ApplyGroupReports")] Task ApplyGroupReports(IReadOnlyList<GroupReport> reports);
    /// <summary>Durable before it returns; returns how many were duplicates.</summary>
    [Alias("Restock")] Task<int> Restock(IReadOnlyList<LaunchEvent> restocks);
    /// <summary>Subscribes for one update per tick; observers must renew within a minute.</summary>
    [Alias("Subscribe")] Task Subscribe(ILaunchObserver observer);
    [Alias("Unsubscribe")] Task Unsubscribe(ILaunchObserver observer);
    /// <summary>Asks every group to report again; called when a node was lost.</summary>
    [Alias("Resync")] Task Resync();
    /// <summary>Phase, launch-wide rates and featured stock for the cue engine; null before the launch exists.</summary>
    [Alias("GetCueContext")] Task<LiveRoom.Domain.Cues.LaunchContext?> GetCueContext();
}
