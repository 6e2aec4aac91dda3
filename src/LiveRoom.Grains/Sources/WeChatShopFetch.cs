namespace LiveRoom.Grains.Sources;

/// <summary>The outcome of fetching one order: the answer's bytes, or a failure reason code (never the platform's text, which may echo a token).</summary>
public sealed record WeChatShopFetch(byte[]? Answer, string? Failure)
{
    public static WeChatShopFetch Failed(string reason) => new(null, reason);
}
