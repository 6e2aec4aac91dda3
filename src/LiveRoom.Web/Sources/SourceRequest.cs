namespace LiveRoom.Web.Sources;

/// <summary>
/// The body of <c>POST /api/sources</c> and <c>PUT /api/sources/{id}</c>. On PUT every field is
/// optional: a missing one keeps the stored value (so a rename does not need the secret again).
/// Youzan uses <see cref="ClientId"/> and <see cref="ClientSecret"/>; a WeChat shop uses
/// <see cref="AppId"/>, <see cref="Token"/>, <see cref="EncodingAesKey"/> (optional: set means safe
/// mode; an empty string on PUT switches to plain mode), <see cref="AppSecret"/>, <see cref="ApiBase"/>
/// and <see cref="GroupField"/>.
/// </summary>
public sealed record SourceRequest(string? Kind, string? Name, string? ClientId, string? ClientSecret,
    string? AppId = null, string? Token = null, string? EncodingAesKey = null, string? AppSecret = null, string? ApiBase = null, string? GroupField = null);
