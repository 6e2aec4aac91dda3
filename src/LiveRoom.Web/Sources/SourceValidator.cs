using LiveRoom.Domain.Setup;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Web.Sources;

/// <summary>Turns a <see cref="SourceRequest"/> into a definition, naming each field that is wrong.</summary>
public static class SourceValidator
{
    public const int MaxNameLength = 100;
    public const int MaxClientIdLength = 128;
    public const int MaxSecretLength = 256;

    public const int MaxCorpIdLength = 64;
    public const int MaxTokenLength = 32;

    public static SourceDefinition? Create(string id, SourceRequest body, DateTimeOffset now, ValidationErrors errors)
    {
        SourceKind? kind = null;
        if (string.IsNullOrWhiteSpace(body.Kind)) errors.Required("kind");
        else if (!SourceKinds.ByWireName.TryGetValue(body.Kind, out var k))
            errors.Add("kind", $"unknown kind '{body.Kind}'; expected one of {string.Join(", ", SourceKinds.ByWireName.Keys)}");
        else if (!SourceKinds.Supported.Contains(k))
            errors.Add("kind", $"'{body.Kind}' sources are not supported yet; supported: {string.Join(", ", SourceKinds.Supported.Select(s => s.WireName()))}");
        else kind = k;

        Text(body.Name, "name", MaxNameLength, errors, required: true);
        if (kind == SourceKind.WechatShop) return WeChatShopValidator.Create(id, body, now, errors);
        if (kind == SourceKind.Wecom) WeCom(body, errors, required: true);
        var (idField, secretField) = Fields(kind);
        var (clientId, clientSecret) = Credentials(kind, body);
        if (kind != SourceKind.Wecom)
        {
            Text(clientId, idField, MaxClientIdLength, errors, required: true);
            Text(clientSecret, secretField, MaxSecretLength, errors, required: true);
        }
        if (!errors.IsValid || kind is null) return null;
        return kind == SourceKind.Wecom
            ? new SourceDefinition
            {
                Id = id,
                Kind = SourceKind.Wecom,
                Name = body.Name!.Trim(),
                CorpId = body.CorpId!.Trim(),
                Token = body.Token!.Trim(),
                EncodingAesKey = body.EncodingAesKey!.Trim(),
                ClientSecret = body.Secret!.Trim(),
                ApiBase = body.ApiBase?.Trim().TrimEnd('/') ?? "",
                CreatedAt = now,
            }
            : new SourceDefinition
            {
                Id = id,
                Kind = kind.Value,
                Name = body.Name!.Trim(),
                ClientId = clientId!.Trim(),
                ClientSecret = clientSecret!.Trim(),
                CreatedAt = now,
            };
    }

    public static SourceDefinition? Update(SourceDefinition existing, SourceRequest body, DateTimeOffset now, ValidationErrors errors)
    {
        if (body.Kind is not null && body.Kind != existing.Kind.WireName())
            errors.Add("kind", "cannot change; create a new source instead");
        Text(body.Name, "name", MaxNameLength, errors, required: false);
        if (existing.Kind == SourceKind.WechatShop) return WeChatShopValidator.Update(existing, body, now, errors);
        if (existing.Kind == SourceKind.Wecom)
        {
            WeCom(body, errors, required: false);
            if (!errors.IsValid) return null;
            var secret = body.Secret?.Trim() ?? existing.ClientSecret;
            var token = body.Token?.Trim() ?? existing.Token;
            var key = body.EncodingAesKey?.Trim() ?? existing.EncodingAesKey;
            var changed = secret != existing.ClientSecret || token != existing.Token || key != existing.EncodingAesKey;
            return existing with
            {
                Name = body.Name?.Trim() ?? existing.Name,
                CorpId = body.CorpId?.Trim() ?? existing.CorpId,
                Token = token,
                EncodingAesKey = key,
                ClientSecret = secret,
                ApiBase = body.ApiBase?.Trim().TrimEnd('/') ?? existing.ApiBase,
                SecretRotatedAt = changed ? now : existing.SecretRotatedAt,
            };
        }
        var (idField, secretField) = Fields(existing.Kind);
        var (clientId, clientSecret) = Credentials(existing.Kind, body);
        Text(clientId, idField, MaxClientIdLength, errors, required: false);
        Text(clientSecret, secretField, MaxSecretLength, errors, required: false);
        if (!errors.IsValid) return null;
        var rotated = clientSecret is not null && clientSecret.Trim() != existing.ClientSecret;
        return existing with
        {
            Name = body.Name?.Trim() ?? existing.Name,
            ClientId = clientId?.Trim() ?? existing.ClientId,
            ClientSecret = clientSecret?.Trim() ?? existing.ClientSecret,
            SecretRotatedAt = rotated ? now : existing.SecretRotatedAt,
        };
    }

    /// <summary>The request's field names for the app id and secret: the platform's own words, so an error names what the operator typed.</summary>
    private static (string Id, string Secret) Fields(SourceKind? kind) =>
        kind == SourceKind.DouyinShop ? ("appKey", "appSecret") : ("clientId", "clientSecret");

    /// <summary>A 抖店 source reads appKey/appSecret, falling back to clientId/clientSecret so one client can speak to every kind.</summary>
    private static (string? Id, string? Secret) Credentials(SourceKind? kind, SourceRequest body) =>
        kind == SourceKind.DouyinShop ? (body.AppKey ?? body.ClientId, body.AppSecret ?? body.ClientSecret) : (body.ClientId, body.ClientSecret);

    /// <summary>WeCom's fields as its console issues them: Token 3-32 letters or digits, EncodingAESKey 43 characters.</summary>
    private static void WeCom(SourceRequest body, ValidationErrors errors, bool required)
    {
        Text(body.CorpId, "corpId", MaxCorpIdLength, errors, required);
        Text(body.Token, "token", MaxTokenLength, errors, required);
        if (body.Token is { } token && !string.IsNullOrWhiteSpace(token) && !token.Trim().All(char.IsAsciiLetterOrDigit))
            errors.Add("token", "must be letters and digits only (WeCom's rule)");
        Text(body.EncodingAesKey, "encodingAesKey", 43, errors, required);
        if (body.EncodingAesKey is { } key && !string.IsNullOrWhiteSpace(key) && !WeChatCrypto.IsValidEncodingAesKey(key.Trim()))
            errors.Add("encodingAesKey", "must be the 43 characters WeCom generates (Base64 of a 32-byte key)");
        Text(body.Secret, "secret", MaxSecretLength, errors, required);
        if (body.ApiBase is { } apiBase && !string.IsNullOrWhiteSpace(apiBase)
            && (!Uri.TryCreate(apiBase.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query)))
            errors.Add("apiBase", "must be an absolute http(s) address without a query, e.g. https://qyapi.weixin.qq.com");
    }

    internal static void Text(string? value, string field, int max, ValidationErrors errors, bool required)
    {
        if (value is null)
        {
            if (required) errors.Required(field);
        }
        else if (string.IsNullOrWhiteSpace(value)) errors.Add(field, "must not be empty");
        else if (value.Trim().Length > max) errors.Add(field, $"must be at most {max} characters");
    }

    /// <summary>A mapping's SKUs must name the launch's SKUs; its group field must be a path <see cref="JsonPath"/> reads.</summary>
    public static SourceMapping? Mapping(string launchId, MappingRequest body, IReadOnlySet<string> launchSkus, ValidationErrors errors, bool skusRequired = true)
    {
        // A WeCom source sells nothing: its mapping only says the launch's linked groups take its events.
        if (!skusRequired && (body.Skus is null || body.Skus.Count == 0)) body = body with { Skus = [] };
        else if (body.Skus is null || body.Skus.Count == 0) errors.Add("skus", "must map at least one platform id to a launch SKU");
        else if (body.Skus.Count > 1_000) errors.Add("skus", "must map at most 1000 platform ids");
        else
        {
            foreach (var (platform, sku) in body.Skus)
            {
                if (string.IsNullOrWhiteSpace(platform) || platform.Length > YouzanPush.MaxFieldLength)
                    errors.Add("skus", $"platform id '{platform}' must be 1-{YouzanPush.MaxFieldLength} characters");
                else if (!launchSkus.Contains(sku ?? ""))
                    errors.Add($"skus.{platform}", $"launch '{launchId}' has no SKU '{sku}'");
            }
        }
        if (body.GroupField is not null && !JsonPath.IsValid(body.GroupField))
            errors.Add("groupField", $"must be a dotted path of property names with optional [n] indexes, at most {JsonPath.MaxLength} characters");
        if (!errors.IsValid) return null;
        return new SourceMapping { LaunchId = launchId, Skus = new Dictionary<string, string>(body.Skus!, StringComparer.Ordinal), GroupField = body.GroupField };
    }
}
