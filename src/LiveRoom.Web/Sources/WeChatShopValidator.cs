using LiveRoom.Domain.Setup;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Web.Sources;

/// <summary>The WeChat shop fields of a <see cref="SourceRequest"/>, each wrong one named.</summary>
public static class WeChatShopValidator
{
    public const string DefaultApiBase = "https://api.weixin.qq.com";
    public const int MaxTokenLength = 128;

    public static SourceDefinition? Create(string id, SourceRequest body, DateTimeOffset now, ValidationErrors errors)
    {
        SourceValidator.Text(body.AppId, "appId", SourceValidator.MaxClientIdLength, errors, required: true);
        SourceValidator.Text(body.Token, "token", MaxTokenLength, errors, required: true);
        SourceValidator.Text(body.AppSecret, "appSecret", SourceValidator.MaxSecretLength, errors, required: true);
        var key = AesKey(body.EncodingAesKey, errors) ?? "";
        var apiBase = ApiBase(body.ApiBase, errors) ?? DefaultApiBase;
        GroupField(body.GroupField, errors);
        if (!errors.IsValid) return null;
        return new SourceDefinition
        {
            Id = id,
            Kind = SourceKind.WechatShop,
            Name = body.Name!.Trim(),
            ClientId = body.AppId!.Trim(),
            ClientSecret = body.AppSecret!.Trim(),
            Token = body.Token!.Trim(),
            EncodingAesKey = key,
            ApiBase = apiBase,
            GroupField = string.IsNullOrWhiteSpace(body.GroupField) ? null : body.GroupField.Trim(),
            CreatedAt = now,
        };
    }

    public static SourceDefinition? Update(SourceDefinition existing, SourceRequest body, DateTimeOffset now, ValidationErrors errors)
    {
        SourceValidator.Text(body.AppId, "appId", SourceValidator.MaxClientIdLength, errors, required: false);
        SourceValidator.Text(body.Token, "token", MaxTokenLength, errors, required: false);
        SourceValidator.Text(body.AppSecret, "appSecret", SourceValidator.MaxSecretLength, errors, required: false);
        var key = AesKey(body.EncodingAesKey, errors);
        var apiBase = ApiBase(body.ApiBase, errors);
        GroupField(body.GroupField, errors);
        if (!errors.IsValid) return null;
        var rotated = (body.AppSecret is not null && body.AppSecret.Trim() != existing.ClientSecret)
            || (body.Token is not null && body.Token.Trim() != existing.Token)
            || (key is not null && key != existing.EncodingAesKey);
        return existing with
        {
            Name = body.Name?.Trim() ?? existing.Name,
            ClientId = body.AppId?.Trim() ?? existing.ClientId,
            ClientSecret = body.AppSecret?.Trim() ?? existing.ClientSecret,
            Token = body.Token?.Trim() ?? existing.Token,
            EncodingAesKey = key ?? existing.EncodingAesKey,
            ApiBase = apiBase ?? existing.ApiBase,
            GroupField = body.GroupField is null ? existing.GroupField : string.IsNullOrWhiteSpace(body.GroupField) ? null : body.GroupField.Trim(),
            SecretRotatedAt = rotated ? now : existing.SecretRotatedAt,
        };
    }

    /// <summary>Null when absent; "" (plain mode) when empty; else the key, which must be the 43 characters the shop's console issues.</summary>
    private static string? AesKey(string? value, ValidationErrors errors)
    {
        if (value is null) return null;
        var key = value.Trim();
        if (key.Length == 0) return "";
        if (!WeChatCrypto.IsValidEncodingAesKey(key))
        {
            errors.Add("encodingAesKey", "must be the 43-character EncodingAESKey from the shop's message push settings, or empty for plain mode");
            return null;
        }
        return key;
    }

    private static string? ApiBase(string? value, ValidationErrors errors)
    {
        if (value is null) return null;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.Query) || value.Length > 300)
        {
            errors.Add("apiBase", "must be an absolute http(s) URL without a query, e.g. " + DefaultApiBase);
            return null;
        }
        return uri.ToString().TrimEnd('/');
    }

    private static void GroupField(string? value, ValidationErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(value) && !JsonPath.IsValid(value.Trim()))
            errors.Add("groupField", $"must be a dotted path of property names with optional [n] indexes, at most {JsonPath.MaxLength} characters");
    }
}
