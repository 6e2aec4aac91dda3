using LiveRoom.Domain.Sources;

namespace LiveRoom.Grains.Sources;

/// <summary>What to answer a WeChat shop callback: the URL check's echo (null when its signature failed), or the event's verdict (null while its order is being fetched).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.WeChatShopReply.v1")]
public sealed record WeChatShopReply([property: Id(0)] string? Echo, [property: Id(1)] SourceVerdict? Verdict);
