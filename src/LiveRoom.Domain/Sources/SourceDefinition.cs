namespace LiveRoom.Domain.Sources;

/// <summary>
/// A configured platform connection (a shop, later a WeCom corp). It outlives launches, so it is
/// not part of any launch; launches map it with a <see cref="SourceMapping"/>. Holds the secret:
/// never serialised to an API answer (see the web's SourceView).
/// </summary>
[GenerateSerializer, Immutable, Alias("LiveRoom.SourceDefinition.v1")]
public sealed record SourceDefinition
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required SourceKind Kind { get; init; }
    [Id(2)] public required string Name { get; init; }
    /// <summary>Youzan: the app's client_id; 抖店: the app_key (header <c>app-id</c>); every push carries it and the signature covers it. WeChat shop: the shop's AppID (the receiver id inside encrypted messages).</summary>
    [Id(3)] public string ClientId { get; init; } = "";
    /// <summary>Youzan: client_secret. WeChat shop: AppSecret, for the access token of the order API.</summary>
    [Id(4)] public string ClientSecret { get; init; } = "";
    [Id(5)] public DateTimeOffset CreatedAt { get; init; }
    [Id(6)] public DateTimeOffset? SecretRotatedAt { get; init; }
    // Id 7 is WeCom's CorpId (branch wecom); Token, EncodingAesKey and ApiBase carry the same ids there.
    /// <summary>WeChat shop: the message push Token (消息推送 Token), which signs every callback.</summary>
    [Id(8)] public string Token { get; init; } = "";
    /// <summary>WeChat shop: the EncodingAESKey; set means safe mode (encrypted callbacks), empty means plain mode.</summary>
    [Id(9)] public string EncodingAesKey { get; init; } = "";
    /// <summary>WeChat shop: where the order API is (the platform's, or a gateway in front of it).</summary>
    [Id(10)] public string ApiBase { get; init; } = "";
    /// <summary>The source's attribution path into the platform's order; a launch's mapping overrides it; null is the platform's default.</summary>
    [Id(11)] public string? GroupField { get; init; }
}
