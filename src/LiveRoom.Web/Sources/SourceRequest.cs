namespace LiveRoom.Web.Sources;

/// <summary>
/// The body of <c>POST /api/sources</c> and <c>PUT /api/sources/{id}</c>. On PUT every field is
/// optional: a missing one keeps the stored value (so a rename does not need the secret again).
/// Youzan reads <see cref="ClientId"/> and <see cref="ClientSecret"/>; 抖店 names its credentials as
/// the platform does, <see cref="AppKey"/> and <see cref="AppSecret"/>; WeCom reads <see cref="CorpId"/>,
/// <see cref="Token"/>, <see cref="EncodingAesKey"/>, <see cref="Secret"/> (客户联系 secret) and <see cref="ApiBase"/>;
/// a WeChat shop <see cref="AppId"/>, <see cref="Token"/>, <see cref="EncodingAesKey"/> (optional: set means
/// safe mode; an empty string on PUT switches to plain mode), <see cref="AppSecret"/>, <see cref="ApiBase"/>
/// and <see cref="GroupField"/>.
/// </summary>
public sealed record SourceRequest(string? Kind, string? Name, string? ClientId, string? ClientSecret, string? AppKey = null, string? AppSecret = null,
    string? CorpId = null, string? Token = null, string? EncodingAesKey = null, string? Secret = null, string? ApiBase = null,
    string? AppId = null, string? GroupField = null);
