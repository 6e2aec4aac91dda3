using LiveRoom.Domain.Setup;

namespace LiveRoom.Domain.Announcements;

public static class ChannelValidator
{
    public const int MinSecretLength = 16;

    public static void Validate(DeliveryChannel c, string field, ValidationErrors errors)
    {
        if (!Enum.IsDefined(c.Kind)) { errors.Add(field + ".kind", "must be Inbox, Webhook, WeCom or StaffPost"); return; }
        if (!c.IsLocal &&
            (!Uri.TryCreate(c.Url, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps)))
            errors.Add(field + ".url", "must be an absolute http(s) URL");
        if (c.Kind == ChannelKind.Webhook && (c.Secret is null || c.Secret.Length < MinSecretLength))
            errors.Add(field + ".secret", $"must be at least {MinSecretLength} characters");
        if (c.PerMinute is < 0 or > 10_000) errors.Add(field + ".perMinute", "must be between 0 and 10000");
    }
}
