using LiveRoom.Domain.Sources;
using LiveRoom.Grains.Sources;

namespace LiveRoom.Web.Sources;

/// <summary>A source as the API answers it: its view (no secret) and the URL to paste into the platform.</summary>
public sealed record SourceDto(string Id, string Kind, string Name, string CallbackUrl, string ClientId, string SecretHint,
    DateTimeOffset CreatedAt, DateTimeOffset? SecretRotatedAt, SourceStats Stats, IReadOnlyList<string> Launches,
    string? AppId = null, string? TokenHint = null, bool? SafeMode = null, string? ApiBase = null, string? GroupField = null)
{
    /// <summary>WeChat shop sources also show their AppID, Token hint, mode, API base and group field; the Token, AppSecret and EncodingAESKey themselves never.</summary>
    public static SourceDto From(SourceView v, HttpRequest request)
    {
        var dto = new SourceDto(v.Id, v.Kind, v.Name, SourceEndpoints.CallbackUrl(request, v), v.ClientId, v.SecretHint, v.CreatedAt, v.SecretRotatedAt, v.Stats, v.Launches);
        return v.Kind == SourceKind.WechatShop.WireName()
            ? dto with { AppId = v.ClientId, TokenHint = v.TokenHint, SafeMode = v.SafeMode, ApiBase = v.ApiBase, GroupField = v.GroupField }
            : dto;
    }
}
