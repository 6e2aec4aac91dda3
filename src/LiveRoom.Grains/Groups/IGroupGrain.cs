using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Ingestion;
using LiveRoom.Grains.Shared;
using Orleans.Concurrency;

namespace LiveRoom.Grains.Groups;

/// <summary>One group of one launch. Key: "{launchId}/{groupId}" (see <see cref="GroupKey"/>).</summary>
[Alias("LiveRoom.IGroupGrain")]
public interface IGroupGrain : IGrainWithStringKey
{
    /// <summary>Business events (orders, membership, chat); durable when the task completes. Returns duplicates.</summary>
    [Alias("Apply")] Task<int> Apply(IReadOnlyList<LaunchEvent> events);
    /// <summary>Pre-aggregated traffic from a silo's ingest buffer; persisted on a timer.</summary>
    [Alias("ApplyTraffic")] Task ApplyTraffic(TrafficDelta delta);
    [Alias("GetDetail")] Task<GroupDetail> GetDetail();
    /// <summary>
    /// A full member list from the bot (its distinct count, and the ids, from which the group's own
    /// people's presence is read); durable when it returns. Returns resync − callback count.
    /// </summary>
    [Alias("ResyncMembers")] Task<int> ResyncMembers(int members, DateTimeOffset at, IReadOnlyList<string>? memberIds = null);
    /// <summary>Sends the group's absolute stats to its launch again (after a crash lost a report).</summary>
    [OneWay, Alias("Resync")] Task Resync();
    /// <summary>The launch's setup changed this group's registration (staff, seeded members, name, member count).</summary>
    [OneWay, Alias("Reregistered")] Task Reregistered(GroupRegistration registration);
}
