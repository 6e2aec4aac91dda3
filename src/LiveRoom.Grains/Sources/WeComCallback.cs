namespace LiveRoom.Grains.Sources;

/// <summary>One WeCom callback as it arrived: the query's msg_signature, timestamp, nonce, echostr (URL check) and the body (events).</summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.WeComCallback.v1")]
public sealed record WeComCallback(
    [property: Id(0)] string? Signature,
    [property: Id(1)] string? Timestamp,
    [property: Id(2)] string? Nonce,
    [property: Id(3)] string? EchoStr,
    [property: Id(4)] byte[] Body);
