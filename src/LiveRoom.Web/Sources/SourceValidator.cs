using LiveRoom.Domain.Setup;
using LiveRoom.Domain.Sources;

namespace LiveRoom.Web.Sources;

/// <summary>Turns a <see cref="SourceRequest"/> into a definition, naming each field that is wrong.</summary>
public static class SourceValidator
{
    public const int MaxNameLength = 100;
    public const int MaxClientIdLength = 128;
    public const int MaxSecretLength = 256;

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
        var (idField, secretField) = Fields(kind);
        var (clientId, clientSecret) = Credentials(kind, body);
        Text(clientId, idField, MaxClientIdLength, errors, required: true);
        Text(clientSecret, secretField, MaxSecretLength, errors, required: true);
        if (!errors.IsValid || kind is null) return null;
        return new SourceDefinition
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
    public static SourceMapping? Mapping(string launchId, MappingRequest body, IReadOnlySet<string> launchSkus, ValidationErrors errors)
    {
        if (body.Skus is null || body.Skus.Count == 0) errors.Add("skus", "must map at least one platform id to a launch SKU");
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
