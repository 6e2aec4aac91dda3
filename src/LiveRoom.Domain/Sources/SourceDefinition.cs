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
    /// <summary>WeCom: the corp id (企业ID), the receive id checked inside every decrypted callback.</summary>
    [Id(7)] public string CorpId { get; init; } = "";
    /// <summary>
    /// WeCom: the callback Token and EncodingAESKey (接收事件服务器); WeChat shop: the message push Token
    /// and EncodingAESKey (set means safe mode, empty plain mode). Secrets like <see cref="ClientSecret"/>.
    /// </summary>
    [Id(8)] public string Token { get; init; } = "";
    [Id(9)] public string EncodingAesKey { get; init; } = "";
    /// <summary>WeCom's or the WeChat shop's API base address; empty is the platform's, a test points it at a local server.</summary>
    [Id(10)] public string ApiBase { get; init; } = "";
    /// <summary>The source's attribution path into the platform's order; a launch's mapping overrides it; null is the platform's default.</summary>
    [Id(11)] public string? GroupField { get; init; }
}
