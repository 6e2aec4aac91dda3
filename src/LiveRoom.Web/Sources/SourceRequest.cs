namespace LiveRoom.Web.Sources;

/// <summary>
/// The body of <c>POST /api/sources</c> and <c>PUT /api/sources/{id}</c>. On PUT every field is
/// optional: a missing one keeps the stored value (so a rename does not need the secret again).
/// A 抖店 source names its credentials as the platform does, <c>appKey</c> and <c>appSecret</c>.
/// A WeChat shop uses <see cref="AppId"/>, <see cref="Token"/>, <see cref="EncodingAesKey"/>
/// (optional: set means safe mode; an empty string on PUT switches to plain mode),
/// <see cref="AppSecret"/>, <see cref="ApiBase"/> and <see cref="GroupField"/>.
/// </summary>
public sealed record SourceRequest(string? Kind, string? Name, string? ClientId, string? ClientSecret, string? AppKey = null, string? AppSecret = null,
    string? AppId = null, string? Token = null, string? EncodingAesKey = null, string? ApiBase = null, string? GroupField = null);
