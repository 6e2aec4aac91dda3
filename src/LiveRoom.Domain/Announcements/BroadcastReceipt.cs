namespace LiveRoom.Domain.Announcements;

[GenerateSerializer, Immutable, Alias("LiveRoom.BroadcastReceipt.v1")]
public sealed record BroadcastReceipt(
    [property: Id(0)] string AnnouncementId,
    [property: Id(1)] int Queued,
    /// <summary>True when the key was seen before and this is the earlier broadcast's receipt.</summary>
    [property: Id(2)] bool Duplicate);
