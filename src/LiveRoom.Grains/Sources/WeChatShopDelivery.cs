using LiveRoom.Domain.Sources;

namespace LiveRoom.Grains.Sources;

/// <summary>One WeChat shop callback as the web node received it: the URL check (GET, no body) or an event (POST).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.WeChatShopDelivery.v1")]
public sealed record WeChatShopDelivery(
    [property: Id(0)] bool UrlCheck,
    [property: Id(1)] WeChatShopQuery Query,
    [property: Id(2)] byte[] Body);
