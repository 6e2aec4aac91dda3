using LiveRoom.Domain.Announcements;
using LiveRoom.Domain.Posting;

namespace LiveRoom.Grains.Announcements;

/// <summary>
/// One slice of a launch's outbox (key: "{launch}/{partition}", groups hashed over the partitions):
/// stores deliveries before they are attempted (one write per batch), sends them with retries and
/// rate limits, keeps dead letters and the inbox channel of its groups.
/// </summary>
[Alias("LiveRoom.IOutboxPartitionGrain")]
public interface IOutboxPartitionGrain : IGrainWithStringKey
{
    /// <summary>Durable when it returns; a message whose key is already stored is ignored. Returns how many were new.</summary>
    [Alias("Enqueue")] Task<int> Enqueue(IReadOnlyList<OutboundMessage> messages);
    [Alias("SetPaused")] Task SetPaused(bool paused);
    /// <summary>Marks queued deliveries of an announcement cancelled (a cancelled entry); returns how many.</summary>
    [Alias("Cancel")] Task<int> Cancel(string announcementId);
    [Alias("ResendFailed")] Task<int> ResendFailed();
    [Alias("GetDeliveries")] Task<IReadOnlyList<DeliveryRow>> GetDeliveries();
    /// <summary>The deliveries of these announcements only (an incident following its broadcasts).</summary>
    [Alias("GetDeliveriesOf")] Task<IReadOnlyList<DeliveryRow>> GetDeliveriesOf(IReadOnlyList<string> announcementIds);
    /// <summary>Marks a staff-posted group's notice posted by a person; durable when it returns, idempotent.</summary>
    [Alias("MarkPosted")] Task<PostOutcome> MarkPosted(string groupId, string announcementId, string person);
    /// <summary>The staff-posted notices of these groups (cancelled ones left out).</summary>
    [Alias("GetStaffNotices")] Task<IReadOnlyList<StaffNotice>> GetStaffNotices(IReadOnlyList<string> groupIds);
    [Alias("GetInbox")] Task<IReadOnlyList<InboxMessage>> GetInbox(string groupId);
}
