using LiveRoom.Domain.Chat;
using LiveRoom.Domain.Cues;
using LiveRoom.Domain.Groups;
using LiveRoom.Domain.Shared;

namespace LiveRoom.Domain.Groups;

/// <summary>
/// A group's business state: in the durable mode a snapshot written on a timer, with every
/// acknowledged batch of events in the group journal (IEventJournal in the grains) meanwhile. It leaves out the
/// visitor set, which grows with traffic (see <see cref="GroupTraffic"/>). Stored: keep ids
/// stable and add members with new ids only (ids 1 and 2 are retired).
/// </summary>
[GenerateSerializer, Alias("LiveRoom.GroupState.v1")]
public sealed class GroupState
{
    [Id(0)] public long Version { get; set; }
    [Id(3)] public OrderBook Orders { get; set; } = new();
    /// <summary>
    /// Every membership and chat event id, as snapshots before <see cref="RecentEventIds"/> stored
    /// them: read once into it (<see cref="GroupStateUpgrade"/>), then empty.
    /// </summary>
    [Id(4)] public HashSet<string> SeenEventIds { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Ids of the newest membership and chat events already counted (webhooks are retried).</summary>
    [Id(16)] public RecentEventIds RecentEventIds { get; set; } = new();
    /// <summary>The latest joins and leaves, and where the group's own people are.</summary>
    [Id(17)] public MemberFeed Members { get; set; } = new();
    /// <summary>When the platform said the chat was dismissed (WeCom's 客户群解散): the row keeps the flag, the counts stay as they were.</summary>
    [Id(18)] public DateTimeOffset? DismissedAt { get; set; }
    [Id(5)] public int Joins { get; set; }
    [Id(6)] public int Leaves { get; set; }
    [Id(7)] public int Messages { get; set; }
    [Id(8)] public MinuteSeries Series { get; set; } = new();
    [Id(9)] public DateTimeOffset? LastActivityAt { get; set; }
    [Id(10)] public int Signups { get; set; }
    /// <summary>接龙 chains and the chat's mood, read from chat messages.</summary>
    [Id(11)] public GroupChat Chat { get; set; } = new();
    /// <summary>The cue engine's memory of this group: cooldowns, rotation, handled triggers.</summary>
    [Id(12)] public GroupCueState Cues { get; set; } = new();
    /// <summary>Earliest joins and the last member-list resync.</summary>
    [Id(13)] public Domain.Groups.MemberRoll Roll { get; set; } = new();
    /// <summary>The last chat messages, for the group page's live feed.</summary>
    [Id(14)] public ChatFeed Feed { get; set; } = new();
    /// <summary>The last journal entry this snapshot holds (group journal (IEventJournal in the grains)): later ones are replayed.</summary>
    [Id(15)] public long JournalSeq { get; set; }
}
