using LiveRoom.Domain.Sources;
using LiveRoom.Grains.Sources;

namespace LiveRoom.Web.Sources;

/// <summary>A source as the API answers it: its view (no secret) and the URL to paste into the platform.</summary>
public sealed record SourceDto(string Id, string Kind, string Name, string CallbackUrl, string ClientId, string SecretHint,
    DateTimeOffset CreatedAt, DateTimeOffset? SecretRotatedAt, SourceStats Stats, IReadOnlyList<string> Launches,
    string? CorpId = null, string? AppId = null, string? TokenHint = null, bool? SafeMode = null, string? ApiBase = null, string? GroupField = null)
{
    /// <summary>
    /// WeCom sources also show their corp id and API base; WeChat shop sources their AppID, Token hint,
    /// mode, API base and group field; the Tokens, secrets and EncodingAESKeys themselves never.
    /// </summary>
    public static SourceDto From(SourceView v, HttpRequest request)
    {
        var dto = new SourceDto(v.Id, v.Kind, v.Name, SourceEndpoints.CallbackUrl(request, v), v.ClientId, v.SecretHint, v.CreatedAt, v.SecretRotatedAt, v.Stats, v.Launches);
        if (v.Kind == SourceKind.Wecom.WireName()) return dto with { CorpId = v.CorpId, ApiBase = v.ApiBase };
        return v.Kind == SourceKind.WechatShop.WireName()
            ? dto with { AppId = v.ClientId, TokenHint = v.TokenHint, SafeMode = v.SafeMode, ApiBase = v.ApiBase, GroupField = v.GroupField }
            : dto;
    }
}
