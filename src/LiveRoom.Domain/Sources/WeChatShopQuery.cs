namespace LiveRoom.Domain.Sources;

/// <summary>
/// The query string of a WeChat shop callback: what the signature covers and, for the URL check,
/// what to echo. <c>encrypt_type</c> is not read: the source's settings say whether it is encrypted,
/// so a request cannot talk its way into plain mode.
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.WeChatShopQuery.v1")]
public sealed record WeChatShopQuery
{
    [Id(0)] public string? Signature { get; init; }
    [Id(1)] public string? MsgSignature { get; init; }
    [Id(2)] public string? Timestamp { get; init; }
    [Id(3)] public string? Nonce { get; init; }
    [Id(4)] public string? EchoStr { get; init; }
}
